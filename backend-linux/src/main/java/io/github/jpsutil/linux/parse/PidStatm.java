package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;
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
    long[] v = new long[6];
    int i = 0;
    for (int k = 0; k < v.length; k++) {
      int start = ProcText.skipBlanks(b, i, len);
      i = ProcText.tokenEnd(b, start, len);
      if (start == len) {
        throw new MalformedDataException(WHAT + ": truncated, " + k + " of 7 fields");
      }
      long pages = ProcText.decimal(b, start, i, WHAT);
      try {
        v[k] = Math.multiplyExact(pages, pageSize);
      } catch (ArithmeticException e) {
        // Found by the reliability suite's fuzzer: this escaped as an ArithmeticException.
        throw new MalformedDataException(WHAT + ": " + pages + " pages overflow a byte count");
      }
    }
    return new MemoryInfo.Linux(v[1], v[0], v[2], v[3], v[5]);
  }
}
