package io.github.jpsutil.api;

/**
 * One fan (psutil's {@code sfan}).
 *
 * @param label the fan's label, "" if it has none
 * @param current speed in RPM
 */
public record Fan(String label, long current) {
  /**
   * Checks the components.
   *
   * @param label the fan's label, "" if it has none
   * @param current speed in RPM
   * @throws NullPointerException if a component is null; the message names it
   * @throws IllegalArgumentException if {@code current} is negative; the message names the
   *     component and its value
   */
  public Fan {
    Check.notNull("label", label);
    Check.nonNegative("current", current);
  }
}
