package io.github.jpsutil.macos;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.macos.acquire.MacNative;
import io.github.jpsutil.macos.parse.PowerSource;
import io.github.jpsutil.spi.SensorSource;
import java.util.Optional;

/** psutil's only macOS sensor: {@code sensors_battery()} from the IOKit power sources. */
final class MacSensors implements SensorSource {
  private final MacNative os;

  MacSensors(MacNative os) {
    this.os = os;
  }

  /** Empty when the machine has no power source (psutil: None). */
  @Override
  public Optional<Battery> battery() {
    return os.firstPowerSource().map(PowerSource::battery);
  }
}
