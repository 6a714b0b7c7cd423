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
    TextCursor c = TextCursor.of(text, FILE);
    while (c.nextLine()) {
      // "        low      16223": the key alone, not e.g. a future "lowmem…" line
      if (c.nextField() && c.fieldIs("low")) {
        long pages = c.nextDecimal("low");
        if (pages > Long.MAX_VALUE - sum) {
          throw c.malformed("low watermarks add up beyond 2^63 pages");
        }
        sum += pages;
      }
    }
    return sum;
  }
}
