package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.DiskIoCounters;

/**
 * {@code /sys/block/<dev>/stat} and {@code /sys/block/<dev>/<part>/stat}: the counters of one
 * device as in {@code /proc/diskstats} but without {@code major minor name} (kernel {@code
 * Documentation/ABI/stable/sysfs-block}, "stat"). At least the first ten of iostats.rst's fields
 * are needed, as psutil reads {@code fields[:10]}; the fallback when {@code /proc/diskstats} is
 * missing.
 */
public final class BlockStat {
  private BlockStat() {}

  /** The columns read, in order (Documentation/block/stat.rst). */
  private static final String[] FIELDS = {
    "read I/Os",
    "read merges",
    "read sectors",
    "read ticks",
    "write I/Os",
    "write merges",
    "write sectors",
    "write ticks",
    "in_flight",
    "io_ticks"
  };

  /**
   * The counters in {@code text}, the contents of a {@code stat} file.
   *
   * @param file the file, for the error message
   * @throws io.github.jpsutil.api.MalformedDataException naming the file for fewer than ten fields
   *     or a bad number
   */
  public static DiskIoCounters.Linux parse(String text, String file) {
    TextCursor c = TextCursor.of(text, file);
    long[] v = new long[10];
    c.nextLine();
    for (int i = 0; i < v.length; i++) {
      v[i] = c.nextDecimal(FIELDS[i]);
    }
    try {
      return new DiskIoCounters.Linux(
          v[0],
          v[4],
          Diskstats.sectorsToBytes(v[2]),
          Diskstats.sectorsToBytes(v[6]),
          v[3],
          v[7],
          v[1],
          v[5],
          v[9]);
    } catch (ArithmeticException e) {
      throw c.malformed("sectors overflow a byte count");
    }
  }
}
