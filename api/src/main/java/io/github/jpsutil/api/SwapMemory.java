package io.github.jpsutil.api;

/**
 * Swap space, in bytes (psutil's {@code sswap}). {@code sin}/{@code sout} are cumulative bytes
 * swapped in and out since boot (Linux: pages × 4096, as psutil; always 0 on Windows).
 *
 * @param total swap space, bytes
 * @param used swap in use, bytes
 * @param free swap not in use, bytes
 * @param percent {@code used / total * 100}; 0 when there is no swap
 * @param sin bytes swapped in since boot
 * @param sout bytes swapped out since boot
 */
public record SwapMemory(long total, long used, long free, double percent, long sin, long sout) {
  /**
   * Checks the components.
   *
   * @param total swap space, bytes
   * @param used swap in use, bytes
   * @param free swap not in use, bytes
   * @param percent {@code used / total * 100}; 0 when there is no swap
   * @param sin bytes swapped in since boot
   * @param sout bytes swapped out since boot
   * @throws IllegalArgumentException if {@code total} or {@code used} or {@code free} or {@code
   *     sin} or {@code sout} is negative, or {@code percent} is outside 0..100; the message names
   *     the component and its value
   */
  public SwapMemory {
    Check.nonNegative("total", total);
    Check.nonNegative("used", used);
    Check.nonNegative("free", free);
    Check.percent("percent", percent);
    Check.nonNegative("sin", sin);
    Check.nonNegative("sout", sout);
  }
}
