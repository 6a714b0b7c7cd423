package io.github.jpsutil.macos;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.spi.SensorSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Not built yet: every method throws UnsupportedOperationException. */
final class MacSensors implements SensorSource {
  @Override
  public Map<String, List<Temperature>> temperatures() {
    throw new UnsupportedOperationException("sensors_temperatures is not available on macOS");
  }

  @Override
  public Map<String, List<Fan>> fans() {
    throw new UnsupportedOperationException("sensors_fans is not available on macOS");
  }

  @Override
  public Optional<Battery> battery() {
    throw NotBuilt.of("sensors_battery");
  }
}
