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
    LineTokens t = new LineTokens(text);
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      int fields = t.split(pos, end);
      pos = end + 1;
      if (fields >= 5 && t.is(4, "/")) {
        try {
          found = DeviceNumber.parse(t.string(2));
        } catch (NumberFormatException e) {
          throw Malformed.line(FILE, t.line(), "bad major:minor", e);
        }
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
    LineTokens t = new LineTokens(text);
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      int fields = t.split(pos, end);
      pos = end + 1;
      if (fields > LineTokens.MAX) {
        throw Malformed.line(FILE, t.line(), fields + " fields");
      }
      for (int i = 0; i < fields - 1; i++) {
        if (t.is(i, "-")) {
          out.add(Mounts.unescape(t.string(i + 1)));
          break;
        }
      }
    }
    return Set.copyOf(out);
  }
}
