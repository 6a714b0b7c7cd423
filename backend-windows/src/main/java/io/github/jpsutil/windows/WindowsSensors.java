package io.github.jpsutil.windows;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.spi.SensorSource;
import io.github.jpsutil.windows.acquire.WindowsCalls;
import io.github.jpsutil.windows.parse.SystemPowerStatus;
import java.util.Optional;

/** The battery from GetSystemPowerStatus; Windows offers no temperatures or fans to psutil. */
record WindowsSensors(WindowsCalls calls) implements SensorSource {
  @Override
  public Optional<Battery> battery() {
    return SystemPowerStatus.battery(calls.systemPowerStatus().bytes());
  }
}
