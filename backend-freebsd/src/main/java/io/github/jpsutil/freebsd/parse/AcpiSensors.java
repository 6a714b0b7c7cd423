package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.Temperature;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The sensor sysctls psutil reads on FreeBSD, turned into its values. */
public final class AcpiSensors {
  private AcpiSensors() {}

  /**
   * {@code dev.cpu.N.temperature} and {@code dev.cpu.N.coretemp.tjmax} are in tenths of a kelvin
   * (coretemp(4), amdtemp(4)); psutil converts them with C integer arithmetic, {@code (t - 2731) /
   * 10}, so whole degrees Celsius truncated toward zero. A missing or non-positive tjmax is no
   * threshold; otherwise it is both high and critical, as psutil.
   *
   * @param cpu N, labelled {@code "Core N"}
   */
  public static Temperature coreTemperature(
      int cpu, long deciKelvin, OptionalLong tjmaxDeciKelvin) {
    long high = (tjmaxDeciKelvin.orElse(0) - 2731) / 10;
    OptionalDouble limit = high > 0 ? OptionalDouble.of(high) : OptionalDouble.empty();
    return new Temperature("Core " + cpu, (deciKelvin - 2731) / 10, limit, limit);
  }

  /**
   * {@code hw.acpi.battery.life} (percent), {@code hw.acpi.battery.time} (minutes, -1 unknown) and
   * {@code hw.acpi.acline} (1 on AC power), as psutil's {@code sensors_battery}: plugged in means
   * unlimited time.
   */
  public static Battery battery(int lifePercent, int minutesLeft, int acline) {
    if (lifePercent < 0 || lifePercent > 100) {
      throw new MalformedDataException("hw.acpi.battery.life is not a percentage: " + lifePercent);
    }
    boolean plugged = acline == 1;
    BatteryTime time =
        plugged ? BatteryTime.UNLIMITED : minutesLeft < 0 ? BatteryTime.UNKNOWN : BatteryTime.KNOWN;
    OptionalLong secs =
        time == BatteryTime.KNOWN ? OptionalLong.of(minutesLeft * 60L) : OptionalLong.empty();
    return new Battery(lifePercent, time, secs, Optional.of(plugged));
  }
}
