package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.MalformedDataException;
import org.junit.jupiter.api.Test;

class HwmonFanTest {
  private static SysfsAttribute input(String text) {
    return new SysfsAttribute("/sys/class/hwmon/hwmon2/fan1_input", text);
  }

  @Test
  void rpmAndLabel() {
    // psutil's own mock (test_linux.py TestSensorsFans.test_emulate_data).
    assertThat(HwmonFan.parse(input("2000"), "label")).isEqualTo(new Fan("label", 2000));
    assertThat(HwmonFan.parse(input("1200\n"), null)).isEqualTo(new Fan("", 1200));
    assertThat(HwmonFan.parse(input("0\n"), " CPU Fan\n")).isEqualTo(new Fan("CPU Fan", 0));
  }

  @Test
  void aNonIntegerSpeedIsAnErrorNamingTheFileAsPsutilRaises() {
    for (String bad : new String[] {"", "abc\n", "12.5\n", "99999999999999999999\n"}) {
      assertThatThrownBy(() -> HwmonFan.parse(input(bad), null))
          .as(bad)
          .isInstanceOf(MalformedDataException.class)
          .hasMessageStartingWith("/sys/class/hwmon/hwmon2/fan1_input: expected an integer");
    }
  }

  @Test
  void aNegativeSpeedIsAnError() {
    assertThatThrownBy(() -> HwmonFan.parse(input("-5\n"), null))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage("/sys/class/hwmon/hwmon2/fan1_input: expected a speed in RPM >= 0, got '-5'");
  }
}
