package io.github.jpsutil.cli.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Durations and instants as psutil's scripts print them. */
public final class TimeText {
  private TimeText() {}

  /** Made on first use: {@code ps --json} needs none of them, and building them costs ms cold. */
  private static final class Formats {
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMdd", Locale.ENGLISH);
  }

  /** psutil's {@code secs2hours}: {@code 7891 → "2:11:31"}; hours are not wrapped at 24. */
  public static String hoursMinutesSeconds(long seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("seconds must be >= 0, got " + seconds);
    }
    long hours = seconds / 3600;
    long minutes = seconds / 60 % 60;
    long secs = seconds % 60;
    return hours + ":" + (minutes < 10 ? "0" : "") + minutes + ":" + (secs < 10 ? "0" : "") + secs;
  }

  /** {@code 2017-03-25 22:24} in {@code zone}, as {@code who} prints a login time. */
  public static String localMinute(Instant instant, ZoneId zone) {
    return Formats.MINUTE.format(instant.atZone(zone));
  }

  /** Seconds since the epoch as a float, psutil's representation of a point in time. */
  public static double epochSeconds(Instant instant) {
    return instant.getEpochSecond() + instant.getNano() / 1e9;
  }

  /**
   * ps's START column: {@code 14:05} for a process started on {@code today}, {@code Mar25} for an
   * older one (psutil's {@code scripts/ps.py}), in {@code zone}.
   */
  public static String startColumn(Instant started, ZoneId zone, LocalDate today) {
    ZonedDateTime t = started.atZone(zone);
    return t.toLocalDate().equals(today) ? Formats.CLOCK.format(t) : Formats.MONTH_DAY.format(t);
  }

  /**
   * CPU time as ps's TIME column, {@code minutes:seconds} ({@code 125:03}). psutil's script formats
   * it with {@code strftime("%M:%S")}, which wraps every hour; here the minutes keep counting.
   */
  public static String minutesSeconds(double seconds) {
    long whole = wholeSeconds(seconds);
    long secs = whole % 60;
    return whole / 60 + ":" + (secs < 10 ? "0" : "") + secs;
  }

  /** CPU time as top's TIME+ column, {@code minutes:seconds.hundredths} ({@code 3:07.25}). */
  public static String minutesSecondsHundredths(double seconds) {
    long hundredths = hundredths(seconds);
    long secs = hundredths / 100 % 60;
    long frac = hundredths % 100;
    return hundredths / 6000
        + ":"
        + (secs < 10 ? "0" : "")
        + secs
        + "."
        + (frac < 10 ? "0" : "")
        + frac;
  }

  /**
   * A duration as Python's {@code str(timedelta)} without the fraction, as top's uptime: {@code
   * 4:05:06}, {@code 1 day, 0:00:00}, {@code 12 days, 3:00:01}.
   */
  public static String days(long seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("seconds must be >= 0, got " + seconds);
    }
    long days = seconds / 86_400;
    String clock = hoursMinutesSeconds(seconds % 86_400);
    return days == 0 ? clock : days + (days == 1 ? " day, " : " days, ") + clock;
  }

  private static long wholeSeconds(double seconds) {
    return hundredths(seconds) / 100;
  }

  /**
   * Rounded, not truncated: CPU times are sums of clock ticks (1/100 s) and 1.53 + 0.47 may come
   * out as 1.9999999999999998.
   */
  private static long hundredths(double seconds) {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("seconds must be a finite number >= 0, got " + seconds);
    }
    return Math.round(seconds * 100);
  }
}
