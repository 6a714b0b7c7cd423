package io.github.jpsutil.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
}
