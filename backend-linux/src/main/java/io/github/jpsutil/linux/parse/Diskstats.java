package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.DiskIoCounters;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /proc/diskstats}: one line per block device and partition, {@code major minor name}
 * followed by the counters of the kernel's {@code Documentation/admin-guide/iostats.rst}.
 *
 * <p>Counter numbering below is iostats.rst's (field 1 is the fourth column):
 *
 * <ol>
 *   <li>reads completed, 2 reads merged, 3 sectors read, 4 ms spent reading,
 *   <li value="5">writes completed, 6 writes merged, 7 sectors written, 8 ms spent writing,
 *   <li value="9">I/Os in progress, 10 ms spent doing I/O (psutil's {@code busy_time}), 11 weighted
 *       ms,
 *   <li value="12">12–15 discards (Linux 4.18+), 16–17 flushes (Linux 5.5+).
 * </ol>
 *
 * <p>So a line has 14 columns (2.6.25–4.17), 18 (4.18+) or 20 (5.5+); psutil accepts 14 and any
 * count of 18 or more. Kernels before 2.6.25 print partitions with 7 columns (reads, sectors read,
 * writes, sectors written); psutil reports their times, merges and busy time as 0, and so does this
 * parser. Any other column count is an error, as in psutil ("not sure how to interpret line").
 */
public final class Diskstats {
  private Diskstats() {}

  /**
   * psutil's fixed sector size ({@code DISK_SECTOR_SIZE}): the kernel counts these columns in
   * 512-byte units whatever the device's logical block size ({@code include/linux/types.h}, "Linux
   * always considers sectors to be 512 bytes long").
   */
  public static final int SECTOR_BYTES = 512;

  private static final String FILE = "/proc/diskstats";

  /**
   * Counters per kernel name, in file order.
   *
   * @throws io.github.jpsutil.api.MalformedDataException naming the file and quoting the line for
   *     an unknown column count, a non-numeric counter, or a value of 2^63 or more
   */
  public static Map<String, DiskIoCounters> parse(String text) {
    Map<String, DiskIoCounters> out = new LinkedHashMap<>();
    TextCursor c = TextCursor.of(text, FILE);
    long[] v = new long[COUNTERS_READ];
    while (c.nextLine()) {
      if (!c.nextField()) {
        continue;
      }
      int fields = 1;
      String name = null;
      while (c.nextField()) {
        fields++;
        if (fields == 3) {
          name = c.string();
        } else if (fields > 3 && fields - 4 < v.length) {
          v[fields - 4] = c.decimal("counter");
        }
      }
      try {
        out.put(name, counters(c, fields, v)); // checks the column count before the name is kept
      } catch (ArithmeticException e) {
        throw c.malformed("sectors overflow a byte count");
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Columns 4 to 13 (the counters psutil reads): 10 numbers. */
  private static final int COUNTERS_READ = 10;

  /** {@code v[i]} is column {@code i + 4} (1-based) of the line. */
  private static DiskIoCounters counters(TextCursor c, int fields, long[] v) {
    if (fields == 14 || fields >= 18) {
      return new DiskIoCounters.Linux(
          v[0], v[4], sectorsToBytes(v[2]), sectorsToBytes(v[6]), v[3], v[7], v[1], v[5], v[9]);
    }
    if (fields == 7) {
      return new DiskIoCounters.Linux(
          v[0], v[2], sectorsToBytes(v[1]), sectorsToBytes(v[3]), 0, 0, 0, 0, 0);
    }
    throw c.malformed(fields + " columns (expected 7, 14 or at least 18)");
  }

  static long sectorsToBytes(long sectors) {
    return Math.multiplyExact(sectors, SECTOR_BYTES);
  }
}
