package io.github.jpsutil.linux.acquire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a {@code tty_nr} (field 7 of {@code /proc/[pid]/stat}) to its device path through the {@code
 * st_rdev} of {@code /dev/tty*} and {@code /dev/pts/*} under the configured root, as psutil's
 * {@code _psposix.get_terminal}. The map is built once and rebuilt on a miss, since a new
 * pseudo-terminal appears whenever someone logs in. Thread-safe.
 *
 * <p>tty_nr is the kernel's {@code new_encode_dev(major, minor)} and st_rdev glibc's {@code
 * makedev}; they agree for every major below 4096, which covers all terminal drivers.
 */
public final class TerminalDevices {
  private final LinuxFiles files;
  private volatile Map<Long, String> byDevice;

  public TerminalDevices(LinuxFiles files) {
    this.files = files;
  }

  /** The {@code /dev/…} path (as seen from the root) of terminal {@code ttyNr}, if any. */
  public Optional<String> path(long ttyNr) {
    Map<Long, String> map = byDevice;
    String p = map == null ? null : map.get(ttyNr);
    if (p == null) {
      map = scan();
      byDevice = map;
      p = map.get(ttyNr);
    }
    return Optional.ofNullable(p);
  }

  private Map<Long, String> scan() {
    Map<Long, String> map = new HashMap<>();
    Path dev = files.root("dev");
    add(map, dev, "tty");
    add(map, dev.resolve("pts"), "");
    return map;
  }

  private void add(Map<Long, String> map, Path dir, String prefix) {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        if (!name.startsWith(prefix)) {
          continue;
        }
        long rdev = rdev(p);
        if (rdev != 0) {
          map.putIfAbsent(rdev, "/" + files.config().rootfs().relativize(p));
        }
      }
    } catch (NoSuchFileException e) {
      // No /dev/pts (a minimal container): no pseudo-terminals to name.
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static long rdev(Path p) {
    try {
      return (Long) Files.getAttribute(p, "unix:rdev");
    } catch (IOException e) {
      // Removed while scanning (a pts closed): psutil skips it too.
      return 0;
    }
  }
}
