package io.github.jpsutil.api;

/**
 * Space on the filesystem holding a path, in bytes (psutil's {@code sdiskusage}), as {@code df}
 * shows it: {@code free} is what unprivileged users may use, so {@code used + free} can be less
 * than {@code total}; {@code percent = used / (used + free) * 100}, one decimal.
 *
 * @param total size of the file system, bytes
 * @param used bytes in use
 * @param free bytes available to unprivileged users
 * @param percent {@code used / (used + free) * 100}, rounded to one decimal
 */
public record DiskUsage(long total, long used, long free, double percent) {
  /**
   * Checks the components.
   *
   * @param total size of the file system, bytes
   * @param used bytes in use
   * @param free bytes available to unprivileged users
   * @param percent {@code used / (used + free) * 100}, rounded to one decimal
   * @throws IllegalArgumentException if {@code total} or {@code used} or {@code free} is negative,
   *     or {@code percent} is outside 0..100; the message names the component and its value
   */
  public DiskUsage {
    Check.nonNegative("total", total);
    Check.nonNegative("used", used);
    Check.nonNegative("free", free);
    Check.percent("percent", percent);
  }
}
