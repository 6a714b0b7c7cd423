package io.github.jpsutil.linux.parse;

import java.util.Optional;

/**
 * {@code /proc/partitions}: a header line {@code major minor #blocks name}, a blank line, then one
 * line per block device and partition (kernel {@code block/genhd.c}, {@code show_partition}).
 */
public final class Partitions {
  private Partitions() {}

  /**
   * The kernel name of device {@code dev} ({@code sda1}, {@code nvme0n1p2}), or empty if it is not
   * listed. Lines that are not four fields led by two numbers (the header, blank lines) are
   * skipped, as psutil's {@code RootFsDeviceFinder} does.
   */
  public static Optional<String> deviceName(String text, DeviceNumber dev) {
    LineTokens t = new LineTokens(text);
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      int fields = t.split(pos, end);
      pos = end + 1;
      if (fields < 4) {
        continue;
      }
      if (t.is(0, Long.toString(dev.major())) && t.is(1, Long.toString(dev.minor()))) {
        return Optional.of(t.string(3));
      }
    }
    return Optional.empty();
  }
}
