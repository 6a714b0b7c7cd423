package io.github.jpsutil;

import io.github.jpsutil.api.Temperature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** psutil's {@code fahrenheit=True}: {@code n * 9 / 5 + 32} on every value. */
final class Fahrenheit {
  private Fahrenheit() {}

  static Map<String, List<Temperature>> convert(Map<String, List<Temperature>> celsius) {
    Map<String, List<Temperature>> out = new LinkedHashMap<>();
    celsius.forEach(
        (chip, temps) ->
            out.put(
                chip,
                temps.stream()
                    .map(
                        t ->
                            new Temperature(
                                t.label(), of(t.current()), of(t.high()), of(t.critical())))
                    .toList()));
    return out;
  }

  static double of(double c) {
    return c * 9 / 5 + 32;
  }

  private static OptionalDouble of(OptionalDouble c) {
    return c.isPresent() ? OptionalDouble.of(of(c.getAsDouble())) : c;
  }
}
