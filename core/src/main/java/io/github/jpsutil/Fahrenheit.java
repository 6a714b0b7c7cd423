package io.github.jpsutil;

import io.github.jpsutil.api.Temperature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** psutil's {@code fahrenheit=True}: {@code n * 9 / 5 + 32} on every value. */
final class Fahrenheit {
  private Fahrenheit() {}

  static Map<String, List<Temperature>> convert(Map<String, List<Temperature>> celsius) {
    Map<String, List<Temperature>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<Temperature>> chip : celsius.entrySet()) {
      List<Temperature> temps = new ArrayList<>(chip.getValue().size());
      for (Temperature t : chip.getValue()) {
        temps.add(new Temperature(t.label(), of(t.current()), of(t.high()), of(t.critical())));
      }
      out.put(chip.getKey(), Collections.unmodifiableList(temps));
    }
    return out;
  }

  static double of(double c) {
    return c * 9 / 5 + 32;
  }

  private static OptionalDouble of(OptionalDouble c) {
    return c.isPresent() ? OptionalDouble.of(of(c.getAsDouble())) : c;
  }
}
