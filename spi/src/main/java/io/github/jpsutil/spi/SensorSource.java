package io.github.jpsutil.spi;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Temperature;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hardware sensors. */
public interface SensorSource {
  /** {@return temperatures in °C per sensor chip name; empty when there are none} */
  default Map<String, List<Temperature>> temperatures() {
    throw Unsupported.of(this, "sensors_temperatures");
  }

  /** {@return fans per chip name; empty when there are none} */
  default Map<String, List<Fan>> fans() {
    throw Unsupported.of(this, "sensors_fans");
  }

  /** {@return the battery, if the machine has one} */
  default Optional<Battery> battery() {
    throw Unsupported.of(this, "sensors_battery");
  }
}
