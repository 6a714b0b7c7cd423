package io.github.jpsutil.cli.commands;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.cli.text.PyFloat;
import io.github.jpsutil.cli.text.TimeText;
import java.util.Locale;
import java.util.OptionalDouble;

/** The lines psutil's sensors, temperatures, fans and battery scripts print for one reading. */
final class SensorText {
  private SensorText() {}

  /** {@code Core 0 61.0 °C (high = 87.0 °C, critical = 105.0 °C)}, label or chip. */
  static String temperature(String chip, Temperature t, String unit) {
    return String.format(
        Locale.ROOT,
        "%-20s %s %s (high = %s %s, critical = %s %s)",
        t.label().isEmpty() ? chip : t.label(),
        degrees(t.current()),
        unit,
        degrees(t.high()),
        unit,
        degrees(t.critical()),
        unit);
  }

  /** {@code cpu_fan 3500 RPM}. */
  static String fan(String chip, Fan f) {
    return String.format(
        Locale.ROOT, "%-20s %d RPM", f.label().isEmpty() ? chip : f.label(), f.current());
  }

  /**
   * psutil's battery lines: charge, then either the charging state (on AC) or the time left, and
   * whether it is plugged in ({@code unknown} when the OS cannot tell; psutil treats that as no).
   */
  static String battery(Battery b, String indent) {
    StringBuilder sb = new StringBuilder();
    sb.append(indent).append("charge:     ").append(twoDecimals(b.percent())).append("%\n");
    boolean plugged = b.powerPlugged().orElse(false);
    if (plugged) {
      sb.append(indent)
          .append("status:     ")
          .append(b.percent() < 100 ? "charging" : "fully charged")
          .append('\n');
      sb.append(indent).append("plugged in: yes\n");
    } else {
      sb.append(indent).append("left:       ").append(left(b)).append('\n');
      sb.append(indent).append("status:     discharging\n");
      sb.append(indent)
          .append("plugged in: ")
          .append(b.powerPlugged().isPresent() ? "no" : "unknown")
          .append('\n');
    }
    return sb.toString();
  }

  private static String left(Battery b) {
    if (b.time() == BatteryTime.KNOWN) {
      return TimeText.hoursMinutesSeconds(b.secsLeft().getAsLong());
    }
    return b.time() == BatteryTime.UNLIMITED ? "unlimited" : "unknown";
  }

  /** Python's {@code round(x, 2)} printed as psutil's scripts print it. */
  static String twoDecimals(double v) {
    return PyFloat.repr(Math.round(v * 100) / 100.0);
  }

  /**
   * Sysfs reports millidegrees, so three decimals are exact in °C and hide the float noise of the
   * °F conversion ({@code 134.60000000000002}).
   */
  static String degrees(double v) {
    return PyFloat.repr(Math.round(v * 1000) / 1000.0);
  }

  private static String degrees(OptionalDouble v) {
    return v.isPresent() ? degrees(v.getAsDouble()) : "n/a";
  }
}
