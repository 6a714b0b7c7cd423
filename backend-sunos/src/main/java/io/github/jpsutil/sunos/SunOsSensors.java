package io.github.jpsutil.sunos;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.spi.SensorSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SunOS has no such sensors (psutil neither): every method throws UnsupportedOperationException.
 */
final class SunOsSensors implements SensorSource {
  @Override
  public Map<String, List<Temperature>> temperatures() {
    throw new UnsupportedOperationException("sensors_temperatures is not available on SunOS");
  }

  @Override
  public Map<String, List<Fan>> fans() {
    throw new UnsupportedOperationException("sensors_fans is not available on SunOS");
  }

  @Override
  public Optional<Battery> battery() {
    throw new UnsupportedOperationException("sensors_battery is not available on SunOS");
  }
}
