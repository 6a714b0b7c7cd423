package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.Temperature;
import java.util.OptionalDouble;

/**
 * psutil's completion of {@code shwtemp} thresholds ({@code __init__.sensors_temperatures}): when
 * only one of high/critical is set, it is copied into the other.
 *
 * <p>"Set" is Python truthiness, so a threshold of exactly 0.0 counts as unset: {@code (high=0,
 * critical=90)} becomes {@code (90, 90)} and {@code (high=0, critical=None)} stays as it is. psutil
 * applies this after its optional Fahrenheit conversion; jpsutil applies it in °C (core converts
 * later), so the two differ only for a threshold of exactly 0 °C asked for in °F.
 */
public final class TemperatureThresholds {
  private TemperatureThresholds() {}

  /** A temperature whose missing high or critical threshold is filled from the other one. */
  public static Temperature complete(
      String label, double current, OptionalDouble high, OptionalDouble critical) {
    if (isSet(high) && !isSet(critical)) {
      critical = high;
    } else if (isSet(critical) && !isSet(high)) {
      high = critical;
    }
    return new Temperature(label, current, high, critical);
  }

  private static boolean isSet(OptionalDouble value) {
    return value.isPresent() && value.getAsDouble() != 0.0;
  }
}
