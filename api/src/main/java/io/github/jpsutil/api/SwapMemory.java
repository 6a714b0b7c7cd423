package io.github.jpsutil.api;

/**
 * Swap space, in bytes (psutil's {@code sswap}). {@code sin}/{@code sout} are cumulative bytes
 * swapped in and out since boot (Linux: pages × 4096, as psutil; always 0 on Windows).
 */
public record SwapMemory(long total, long used, long free, double percent, long sin, long sout) {
  public SwapMemory {
    Check.nonNegative("total", total);
    Check.nonNegative("used", used);
    Check.nonNegative("free", free);
    Check.percent("percent", percent);
    Check.nonNegative("sin", sin);
    Check.nonNegative("sout", sout);
  }
}
