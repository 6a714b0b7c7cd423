package io.github.jpsutil.macos.acquire;

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
 * Terminal device numbers to {@code /dev} paths, as psutil's {@code _psposix.get_terminal_map}: the
 * {@code st_rdev} of every {@code /dev/tty*} and {@code /dev/pts/*}. Rebuilt on a miss, since a
 * pseudo-terminal appears with every login. Thread-safe.
 */
public final class TerminalDevices {
  private Map<Integer, String> byDevice = Map.of();

  /** The path of device {@code tdev} ({@code kinfo_proc.e_tdev}, a 32-bit {@code dev_t}). */
  public synchronized Optional<String> path(int tdev) {
    String hit = byDevice.get(tdev);
    if (hit == null) {
      byDevice = scan();
      hit = byDevice.get(tdev);
    }
    return Optional.ofNullable(hit);
  }

  private static Map<Integer, String> scan() {
    Map<Integer, String> out = new HashMap<>();
    add(Path.of("/dev"), "tty*", out);
    add(Path.of("/dev/pts"), "*", out);
    return out;
  }

  private static void add(Path dir, String glob, Map<Integer, String> out) {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
      for (Path p : ds) {
        try {
          out.put(((Number) Files.getAttribute(p, "unix:rdev")).intValue(), p.toString());
        } catch (NoSuchFileException gone) {
          // Closed between the listing and the stat.
        }
      }
    } catch (NoSuchFileException e) {
      // No /dev/pts on macOS: its pseudo-terminals are /dev/ttys*.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
