package io.github.jpsutil.api;

import java.util.OptionalDouble;

/**
 * CPU frequency in MHz (psutil's {@code scpufreq}). psutil reports an unknown {@code min}/{@code
 * max} as 0.0 (Linux) or None (FreeBSD); jpsutil reports it as empty.
 *
 * @param current current frequency, MHz
 * @param min lowest frequency the scaling driver allows, MHz
 * @param max highest frequency the scaling driver allows, MHz
 */
public record CpuFreq(double current, OptionalDouble min, OptionalDouble max) {
  /**
   * Checks the components.
   *
   * @param current current frequency, MHz
   * @param min lowest frequency the scaling driver allows, MHz
   * @param max highest frequency the scaling driver allows, MHz
   * @throws NullPointerException if a component is null; the message names it
   * @throws IllegalArgumentException if {@code current} is negative; the message names the
   *     component and its value
   */
  public CpuFreq {
    Check.nonNegative("current", current);
    Check.notNull("min", min);
    Check.notNull("max", max);
  }
}
