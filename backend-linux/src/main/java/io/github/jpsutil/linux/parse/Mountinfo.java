package io.github.jpsutil.linux.parse;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /proc/self/mountinfo} ({@code man 5 proc}, "/proc/pid/mountinfo"):
 *
 * <pre>
 * 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
 * (1)(2)(3)   (4)   (5)      (6)      (7)   (8) (9)   (10)         (11)
 * </pre>
 *
 * (3) is the {@code major:minor} of the filesystem, (5) the mount point (octal-escaped as in {@link
 * Mounts}), (7) zero or more optional fields closed by the separator (8) {@code -}, then (9) the
 * filesystem type.
 */
public final class Mountinfo {
  private Mountinfo() {}

  private static final String FILE = "/proc/self/mountinfo";

  /**
   * The device of the filesystem mounted at {@code /}: psutil takes {@code st_dev} of {@code /};
   * this reads the same number from the last {@code /} entry, the one on top when mounts are
   * stacked. Empty if no entry is mounted at {@code /}.
   *
   * @throws io.github.jpsutil.api.MalformedDataException for a malformed {@code /} entry
   */
  public static Optional<DeviceNumber> rootDevice(String text) {
    DeviceNumber found = null;
    TextCursor c = TextCursor.of(text, FILE);
    while (c.nextLine()) {
      // mount ID, parent ID, major:minor, root, mount point
      if (!c.nextField() || !c.nextField() || !c.nextField()) {
        continue;
      }
      int devStart = c.start();
      if (c.nextField() && c.nextField() && c.fieldIs("/")) {
        int afterMountPoint = c.end();
        c.moveTo(devStart).field("major:minor");
        found = DeviceNumber.parse(c, "major:minor");
        c.moveTo(afterMountPoint);
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Every filesystem type that is mounted (field 9): psutil's fallback for the physical types when
   * {@code /proc/filesystems} cannot be read. It keeps virtual types too, so {@code
   * disk_partitions()} then lists more than with {@code /proc/filesystems}, exactly as psutil.
   *
   * @throws io.github.jpsutil.api.MalformedDataException for a line with more fields than any
   *     mountinfo line has (found by the reliability suite's fuzzer: it was an
   *     IndexOutOfBoundsException)
   */
  public static Set<String> fstypes(String text) {
    Set<String> out = new HashSet<>();
    TextCursor c = TextCursor.of(text, FILE);
    while (c.nextLine()) {
      while (c.nextField()) {
        if (c.fieldIs("-")) {
          if (c.nextField()) {
            out.add(Mounts.unescape(c.string()));
          }
          break;
        }
      }
    }
    return Set.copyOf(out);
  }
}
