package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.Temperature;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HwmonTempTest {
  private static final OptionalDouble NONE = OptionalDouble.empty();

  private static Temperature t(String label, double current, OptionalDouble h, OptionalDouble c) {
    return new Temperature(label, current, h, c);
  }

  private static OptionalDouble of(double v) {
    return OptionalDouble.of(v);
  }

  @Test
  void millidegreesToCelsiusWithLabelAndThresholds() {
    // psutil's own mock (test_linux.py TestSensorsTemperatures.test_emulate_class_hwmon).
    assertThat(HwmonTemp.parse("30000", "40000", "50000", "label"))
        .contains(t("label", 30.0, of(40.0), of(50.0)));
    assertThat(HwmonTemp.parse("38850\n", "81850\n", "84850\n", "Composite\n"))
        .contains(t("Composite", 38.85, of(81.85), of(84.85)));
  }

  @Test
  void oneThresholdIsCopiedIntoTheOther() {
    assertThat(HwmonTemp.parse("27800\n", null, "119000\n", null))
        .contains(t("", 27.8, of(119.0), of(119.0)));
    assertThat(HwmonTemp.parse("36000\n", "80000\n", null, "SYSTIN\n"))
        .contains(t("SYSTIN", 36.0, of(80.0), of(80.0)));
    assertThat(HwmonTemp.parse("-1500\n", null, null, null)).contains(t("", -1.5, NONE, NONE));
  }

  @Test
  void aZeroThresholdIsUnsetAsInPythonTruthiness() {
    // psutil: `elif critical and not high: high = critical` with high == 0.0.
    assertThat(HwmonTemp.parse("40000", "0", "90000", null))
        .contains(t("", 40.0, of(90.0), of(90.0)));
    // `if high and not critical` is false for high == 0.0: nothing is copied.
    assertThat(HwmonTemp.parse("40000", "0", null, null)).contains(t("", 40.0, of(0.0), NONE));
  }

  @Test
  void anUnreadableOrMalformedInputSkipsTheSensor() {
    assertThat(HwmonTemp.parse(null, "80000", "100000", "Core 0")).isEmpty();
    for (String bad : List.of("", "\n", "N/A\n", "45000d", "nan")) {
      assertThat(HwmonTemp.parse(bad, "80000", "100000", "Core 0")).as(bad).isEmpty();
    }
  }

  @Test
  void aMalformedThresholdIsAbsentAndTheOtherIsCopied() {
    assertThat(HwmonTemp.parse("45000", "garbage", "100000", "Core 0"))
        .contains(t("Core 0", 45.0, of(100.0), of(100.0)));
    assertThat(HwmonTemp.parse("45000", "", "", "Core 0")).contains(t("Core 0", 45.0, NONE, NONE));
  }

  @Test
  void labelsAreStrippedAndMayHoldSpaces() {
    assertThat(HwmonTemp.parse("45000", null, null, "  Package id 0 \n").map(Temperature::label))
        .isEqualTo(Optional.of("Package id 0"));
  }

  @Test
  void sensorsOfAHwmonDirectoryAsPsutilGlobsThem() {
    List<String> listing =
        List.of(
            "name",
            "temp1_input",
            "temp1_crit",
            "temp1_crit_alarm",
            "temp10_input",
            "temp2_label",
            "temp_x",
            "fan1_input",
            "fan2_min",
            "pwm1",
            "temp3",
            "device",
            "uevent");
    assertThat(HwmonDirectory.sensors(listing, "temp"))
        .containsExactly("temp", "temp1", "temp10", "temp2");
    assertThat(HwmonDirectory.sensors(listing, "fan")).containsExactly("fan1", "fan2");
  }
}
