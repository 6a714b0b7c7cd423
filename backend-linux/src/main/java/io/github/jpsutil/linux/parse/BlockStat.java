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

  /**
   * The counters in {@code text}, the contents of a {@code stat} file.
   *
   * @param file the file, for the error message
   * @throws io.github.jpsutil.api.MalformedDataException naming the file for fewer than ten fields
   *     or a bad number
   */
  public static DiskIoCounters.Linux parse(String text, String file) {
    LineTokens t = new LineTokens(text);
    int nl = text.indexOf('\n');
    int fields = t.split(0, nl < 0 ? text.length() : nl);
    if (fields < 10) {
      throw Malformed.line(file, t.line(), fields + " fields (expected at least 10)");
    }
    try {
      return new DiskIoCounters.Linux(
          t.unsigned(0),
          t.unsigned(4),
          Diskstats.sectorsToBytes(t.unsigned(2)),
          Diskstats.sectorsToBytes(t.unsigned(6)),
          t.unsigned(3),
          t.unsigned(7),
          t.unsigned(1),
          t.unsigned(5),
          t.unsigned(9));
    } catch (NumberFormatException | ArithmeticException e) {
      throw Malformed.line(file, t.line(), "bad counter", e);
    }
  }
}
