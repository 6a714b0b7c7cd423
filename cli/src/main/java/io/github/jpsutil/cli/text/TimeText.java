package io.github.jpsutil.cli.text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Durations and instants as psutil's scripts print them. */
public final class TimeText {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TimeText() {}

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
    return MINUTE.format(instant.atZone(zone));
  }

  /** Seconds since the epoch as a float, psutil's representation of a point in time. */
  public static double epochSeconds(Instant instant) {
    return instant.getEpochSecond() + instant.getNano() / 1e9;
  }
}
