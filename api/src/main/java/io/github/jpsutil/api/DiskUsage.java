package io.github.jpsutil.api;

/**
 * Space on the filesystem holding a path, in bytes (psutil's {@code sdiskusage}), as {@code df}
 * shows it: {@code free} is what unprivileged users may use, so {@code used + free} can be less
 * than {@code total}; {@code percent = used / (used + free) * 100}, one decimal.
 */
public record DiskUsage(long total, long used, long free, double percent) {
  public DiskUsage {
    Check.nonNegative("total", total);
    Check.nonNegative("used", used);
    Check.nonNegative("free", free);
    Check.percent("percent", percent);
  }
}
