package io.github.jpsutil.macos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import io.github.jpsutil.api.MalformedDataException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** psutil's {@code sensors_battery} rules ({@code _psosx.py}, {@code arch/osx/sensors.c}). */
class PowerSourceTest {
  private static PowerSource source(Integer capacity, String state, Integer minutes) {
    return new PowerSource(
        capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity),
        Optional.ofNullable(state),
        minutes == null ? OptionalInt.empty() : OptionalInt.of(minutes));
  }

  @Test
  void pluggedMeansUnlimitedWhateverTheEstimate() {
    assertThat(source(100, "AC Power", 0).battery())
        .isEqualTo(
            new Battery(100, BatteryTime.UNLIMITED, OptionalLong.empty(), Optional.of(true)));
  }

  @Test
  void onBatteryTheEstimateIsMinutes() {
    assertThat(source(42, "Battery Power", 95).battery())
        .isEqualTo(new Battery(42, BatteryTime.KNOWN, OptionalLong.of(5700), Optional.of(false)));
    // -1: still calculating; absent: a non-Apple source without the key
    assertThat(source(42, "Battery Power", -1).battery().time()).isEqualTo(BatteryTime.UNKNOWN);
    assertThat(source(42, "Battery Power", null).battery().time()).isEqualTo(BatteryTime.UNKNOWN);
  }

  @Test
  void missingOrImpossibleValuesAreErrors() {
    assertThatThrownBy(() -> source(null, "AC Power", 0).battery())
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("Current Capacity");
    assertThatThrownBy(() -> source(50, null, 0).battery())
        .hasMessageContaining("Power Source State");
    assertThatThrownBy(() -> source(150, "AC Power", 0).battery())
        .hasMessageContaining("not a percentage");
    assertThatThrownBy(() -> source(50, "Battery Power", -7).battery())
        .hasMessageContaining("negative");
  }
}
