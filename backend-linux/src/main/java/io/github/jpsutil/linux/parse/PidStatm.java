package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MemoryInfo;

/**
 * {@code /proc/[pid]/statm}: seven page counts, {@code size resident shared text lib data dt}
 * ({@code man 5 proc}). {@code lib} and {@code dt} are always 0 since Linux 2.6 and are not
 * reported (psutil 8.0 dropped them from {@code pmem}).
 */
public final class PidStatm {
  private static final String WHAT = "/proc/[pid]/statm";

  private PidStatm() {}

  /**
   * @param pageSize bytes per page ({@code sysconf(_SC_PAGESIZE)})
   * @return rss = resident, vms = size, shared, text, data = data + stack; all × page size
   */
  public static MemoryInfo.Linux parse(byte[] b, int len, long pageSize) {
    TextCursor c = new TextCursor(b, len, WHAT);
    if (!c.nextLine()) {
      throw c.malformed("file is empty");
    }
    long size = pages(c, "size", pageSize);
    long resident = pages(c, "resident", pageSize);
    long shared = pages(c, "shared", pageSize);
    long text = pages(c, "text", pageSize);
    c.field("lib");
    long data = pages(c, "data", pageSize);
    return new MemoryInfo.Linux(resident, size, shared, text, data);
  }

  private static long pages(TextCursor c, String what, long pageSize) {
    long pages = c.nextDecimal(what);
    try {
      return Math.multiplyExact(pages, pageSize);
    } catch (ArithmeticException e) {
      // Found by the reliability suite's fuzzer: this escaped as an ArithmeticException.
      throw c.malformed(what + ": " + pages + " pages overflow a byte count");
    }
  }
}
