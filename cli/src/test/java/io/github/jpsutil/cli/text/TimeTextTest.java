package io.github.jpsutil.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeTextTest {

  @Test
  void secsToHoursLikePsutilScripts() {
    assertThat(TimeText.hoursMinutesSeconds(0)).isEqualTo("0:00:00");
    assertThat(TimeText.hoursMinutesSeconds(7891)).isEqualTo("2:11:31");
    assertThat(TimeText.hoursMinutesSeconds(59)).isEqualTo("0:00:59");
    assertThat(TimeText.hoursMinutesSeconds(100 * 3600 + 61)).isEqualTo("100:01:01");
    assertThatThrownBy(() -> TimeText.hoursMinutesSeconds(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void localMinuteUsesTheZone() {
    Instant t = Instant.parse("2017-03-25T22:24:59Z");
    assertThat(TimeText.localMinute(t, ZoneOffset.UTC)).isEqualTo("2017-03-25 22:24");
    assertThat(TimeText.localMinute(t, ZoneId.of("Europe/Rome"))).isEqualTo("2017-03-25 23:24");
  }

  @Test
  void epochSecondsKeepTheFraction() {
    assertThat(TimeText.epochSeconds(Instant.ofEpochSecond(1_700_000_000L, 250_000_000)))
        .isEqualTo(1_700_000_000.25);
    assertThat(TimeText.epochSeconds(Instant.EPOCH)).isEqualTo(0.0);
  }

  @Test
  void startColumnIsTheClockTodayAndTheDateBefore() {
    Instant t = Instant.parse("2024-05-01T23:30:00Z");
    assertThat(TimeText.startColumn(t, ZoneOffset.UTC, LocalDate.of(2024, 5, 1)))
        .isEqualTo("23:30");
    assertThat(TimeText.startColumn(t, ZoneOffset.UTC, LocalDate.of(2024, 5, 2)))
        .isEqualTo("May01");
    assertThat(TimeText.startColumn(t, ZoneOffset.ofHours(2), LocalDate.of(2024, 5, 2)))
        .isEqualTo("01:30");
    assertThat(
            TimeText.startColumn(
                Instant.parse("2023-12-24T12:00:00Z"), ZoneOffset.UTC, LocalDate.of(2024, 5, 2)))
        .isEqualTo("Dec24");
  }

  @Test
  void cpuTimesAsPsAndTopPrintThem() {
    assertThat(TimeText.minutesSeconds(0)).isEqualTo("0:00");
    assertThat(TimeText.minutesSeconds(59.4)).isEqualTo("0:59");
    assertThat(TimeText.minutesSeconds(3725.25)).isEqualTo("62:05"); // no hourly wrap
    // Sums of clock ticks land just below the whole second; they count as the whole second.
    assertThat(TimeText.minutesSeconds(1.53 + 0.47)).isEqualTo("0:02");
    assertThat(TimeText.minutesSecondsHundredths(0)).isEqualTo("0:00.00");
    assertThat(TimeText.minutesSecondsHundredths(0.29)).isEqualTo("0:00.29");
    assertThat(TimeText.minutesSecondsHundredths(62.5)).isEqualTo("1:02.50");
    assertThat(TimeText.minutesSecondsHundredths(3725.07)).isEqualTo("62:05.07");
    for (double bad : new double[] {-0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> TimeText.minutesSeconds(bad))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> TimeText.minutesSecondsHundredths(bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void uptimeAsPythonsTimedelta() {
    assertThat(TimeText.days(0)).isEqualTo("0:00:00");
    assertThat(TimeText.days(86_399)).isEqualTo("23:59:59");
    assertThat(TimeText.days(86_400)).isEqualTo("1 day, 0:00:00");
    assertThat(TimeText.days(2 * 86_400 + 11_045)).isEqualTo("2 days, 3:04:05");
    assertThatThrownBy(() -> TimeText.days(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
