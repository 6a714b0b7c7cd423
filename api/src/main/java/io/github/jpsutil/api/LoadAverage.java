package io.github.jpsutil.api;

/**
 * Run-queue length averaged over 1, 5 and 15 minutes (psutil's {@code getloadavg()}).
 *
 * @param load1 processes, 1-minute average
 * @param load5 processes, 5-minute average
 * @param load15 processes, 15-minute average
 */
public record LoadAverage(double load1, double load5, double load15) {
  /**
   * Checks the components.
   *
   * @param load1 processes, 1-minute average
   * @param load5 processes, 5-minute average
   * @param load15 processes, 15-minute average
   * @throws IllegalArgumentException if {@code load1} or {@code load5} or {@code load15} is
   *     negative; the message names the component and its value
   */
  public LoadAverage {
    Check.nonNegative("load1", load1);
    Check.nonNegative("load5", load5);
    Check.nonNegative("load15", load15);
  }
}
