package io.github.jpsutil.api;

/**
 * One fan (psutil's {@code sfan}).
 *
 * @param label the fan's label, "" if it has none
 * @param current speed in RPM
 */
public record Fan(String label, long current) {
  public Fan {
    Check.notNull("label", label);
    Check.nonNegative("current", current);
  }
}
