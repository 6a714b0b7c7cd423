package io.github.jpsutil.linux.acquire;

import io.github.jpsutil.posix.TerminalMap;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a {@code tty_nr} (field 7 of {@code /proc/[pid]/stat}) to its device path through posix
 * {@link TerminalMap} (psutil's {@code _psposix.get_terminal_map}, rebuilt on a miss) over {@code
 * /dev} under the configured root, each path given as seen from that root. A device number 0 (a
 * plain file standing in for a device) is left out, since tty_nr 0 means "no terminal".
 *
 * <p>tty_nr is the kernel's {@code new_encode_dev(major, minor)} and st_rdev glibc's {@code
 * makedev}; they agree for every major below 4096, which covers all terminal drivers.
 */
public final class TerminalDevices {
  private final TerminalMap map;

  public TerminalDevices(LinuxFiles files) {
    Path root = files.config().rootfs();
    this.map = new TerminalMap(() -> fromRoot(TerminalMap.scan(files.root("dev")), root));
  }

  /** The {@code /dev/…} path (as seen from the root) of terminal {@code ttyNr}, if any. */
  public Optional<String> path(long ttyNr) {
    return map.path(ttyNr);
  }

  private static Map<Long, String> fromRoot(Map<Long, String> scanned, Path root) {
    Map<Long, String> out = new HashMap<>();
    scanned.forEach((rdev, p) -> out.put(rdev, "/" + root.relativize(Path.of(p))));
    out.remove(0L);
    return out;
  }
}
