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
    TextCursor c = TextCursor.of(text, "/proc/partitions");
    String major = Long.toString(dev.major());
    String minor = Long.toString(dev.minor());
    while (c.nextLine()) {
      if (c.nextField() && c.fieldIs(major) && c.nextField() && c.fieldIs(minor)) {
        if (c.nextField() && c.nextField()) {
          return Optional.of(c.string());
        }
      }
    }
    return Optional.empty();
  }
}
