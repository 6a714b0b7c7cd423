package io.github.jpsutil.linux;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.SensorSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Not implemented yet: every method throws UnsupportedOperationException. */
final class LinuxSensors implements SensorSource {
  LinuxSensors(LinuxFiles files) {}

  @Override
  public Map<String, List<Temperature>> temperatures() {
    throw new UnsupportedOperationException("temperatures: not implemented yet");
  }

  @Override
  public Map<String, List<Fan>> fans() {
    throw new UnsupportedOperationException("fans: not implemented yet");
  }

  @Override
  public Optional<Battery> battery() {
    throw new UnsupportedOperationException("battery: not implemented yet");
  }
}
