package io.github.jpsutil.api;

/**
 * Page faults of a process since it started (psutil's {@code ppagefaults}).
 *
 * @param minor faults served without disk I/O
 * @param major faults that needed disk I/O
 */
public record PageFaults(long minor, long major) {
  public PageFaults {
    Check.nonNegative("minor", minor);
    Check.nonNegative("major", major);
  }
}
