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
    LineTokens t = new LineTokens(text);
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      int fields = t.split(pos, end);
      pos = end + 1;
      if (fields == 0) {
        continue;
      }
      try {
        DiskIoCounters c = counters(t, fields); // checks the column count before the name is read
        out.put(t.string(2), c);
      } catch (NumberFormatException | ArithmeticException e) {
        throw Malformed.line(FILE, t.line(), "bad counter", e);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static DiskIoCounters counters(LineTokens t, int fields) {
    if (fields == 14 || fields >= 18) {
      return new DiskIoCounters.Linux(
          t.unsigned(3),
          t.unsigned(7),
          sectorsToBytes(t.unsigned(5)),
          sectorsToBytes(t.unsigned(9)),
          t.unsigned(6),
          t.unsigned(10),
          t.unsigned(4),
          t.unsigned(8),
          t.unsigned(12));
    }
    if (fields == 7) {
      return new DiskIoCounters.Linux(
          t.unsigned(3),
          t.unsigned(5),
          sectorsToBytes(t.unsigned(4)),
          sectorsToBytes(t.unsigned(6)),
          0,
          0,
          0,
          0,
          0);
    }
    throw Malformed.line(FILE, t.line(), fields + " columns (expected 7, 14 or at least 18)");
  }

  /** Sectors × 512; an overflow of a signed 64-bit byte count is an error, never a wrap. */
  static long sectorsToBytes(long sectors) {
    return Math.multiplyExact(sectors, SECTOR_BYTES);
  }
}
