package io.github.jpsutil.api;

import java.util.OptionalDouble;

/**
 * One temperature sensor (psutil's {@code shwtemp}), in °C, or °F when asked for. When only one of
 * {@code high}/{@code critical} is known it is copied into the other, as psutil does.
 *
 * @param label the sensor's label, "" if it has none
 * @param current current temperature
 * @param high the "high" threshold
 * @param critical the "critical" threshold
 */
public record Temperature(
    String label, double current, OptionalDouble high, OptionalDouble critical) {
  /**
   * Checks the components.
   *
   * @param label the sensor's label, "" if it has none
   * @param current current temperature
   * @param high the "high" threshold
   * @param critical the "critical" threshold
   * @throws NullPointerException if a component is null; the message names it
   */
  public Temperature {
    Check.notNull("label", label);
    Check.notNull("high", high);
    Check.notNull("critical", critical);
  }
}
