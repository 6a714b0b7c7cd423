package io.github.jpsutil.api;

/**
 * Page faults of a process since it started (psutil's {@code ppagefaults}).
 *
 * @param minor faults served without disk I/O
 * @param major faults that needed disk I/O
 */
public record PageFaults(long minor, long major) {
  /**
   * Checks the components.
   *
   * @param minor faults served without disk I/O
   * @param major faults that needed disk I/O
   * @throws IllegalArgumentException if {@code minor} or {@code major} is negative; the message
   *     names the component and its value
   */
  public PageFaults {
    Check.nonNegative("minor", minor);
    Check.nonNegative("major", major);
  }
}
