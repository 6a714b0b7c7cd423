package io.github.jpsutil.linux.parse;

/**
 * {@code /proc/zoneinfo} (kernel 2.6.13+): per memory zone, the page watermarks the allocator keeps
 * free. Only needed to estimate available memory on kernels without {@code MemAvailable}.
 */
public final class Zoneinfo {
  private static final String FILE = "/proc/zoneinfo";

  private Zoneinfo() {}

  /** The sum over all zones of the {@code low} watermark, in pages. */
  public static long lowWatermarkPages(String text) {
    long sum = 0;
    for (int at = 0; at < text.length(); at = Tokens.lineEnd(text, at) + 1) {
      int s = at;
      while (s < text.length() && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
        s++;
      }
      // "        low      16223": the key alone, not e.g. a future "lowmem…" line
      if (text.startsWith("low", s)
          && s + 3 < text.length()
          && (text.charAt(s + 3) == ' ' || text.charAt(s + 3) == '\t')) {
        long pages = Tokens.line(text, s + 3, FILE).nextLong();
        if (pages > Long.MAX_VALUE - sum) {
          throw Malformed.in(FILE, "low watermarks add up beyond 2^63 pages");
        }
        sum += pages;
      }
    }
    return sum;
  }
}
