package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.Temperature;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One hwmon temperature sensor: {@code temp<N>_input}, {@code _max}, {@code _crit} and {@code
 * _label} ({@code Documentation/hwmon/sysfs-interface.rst}: values in millidegrees Celsius).
 *
 * <p>psutil's rules ({@code _pslinux.sensors_temperatures}), which skip rather than fail because
 * hwmon drivers are known to be inconsistent (psutil issues 1009, 1101, 1129, 1245, 1323):
 *
 * <ul>
 *   <li>{@code _input} unreadable or not a number: the whole sensor is skipped;
 *   <li>{@code _max} or {@code _crit} unreadable or not a number: that threshold is absent;
 *   <li>{@code _label} unreadable: the label is {@code ""}.
 * </ul>
 */
public final class HwmonTemp {
  private HwmonTemp() {}

  /**
   * The sensor in °C, thresholds completed as psutil does ({@link TemperatureThresholds}).
   *
   * @param input the {@code _input} text, or null when it could not be read
   * @param max the {@code _max} text, or null when it could not be read
   * @param crit the {@code _crit} text, or null when it could not be read
   * @param label the {@code _label} text, or null when it could not be read
   * @return the temperature, or empty when the sensor is skipped (no usable {@code _input})
   */
  public static Optional<Temperature> parse(String input, String max, String crit, String label) {
    if (input == null) {
      return Optional.empty();
    }
    OptionalDouble current = SysfsNumber.decimal(input);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        TemperatureThresholds.complete(
            label == null ? "" : label.strip(),
            current.getAsDouble() / 1000.0,
            millidegrees(max),
            millidegrees(crit)));
  }

  /** A threshold in °C, absent when unreadable (null) or malformed, as psutil sets it to None. */
  static OptionalDouble millidegrees(String text) {
    if (text == null) {
      return OptionalDouble.empty();
    }
    OptionalDouble value = SysfsNumber.decimal(text);
    return value.isPresent() ? OptionalDouble.of(value.getAsDouble() / 1000.0) : value;
  }
}
