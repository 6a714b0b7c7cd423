package io.github.jpsutil.posix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * psutil's {@code _psposix.get_terminal_map}: the {@code st_rdev} of every {@code /dev/tty*} and
 * {@code /dev/pts/*}, so that a process's terminal device number can be named. A later entry wins
 * for a device listed twice, as in psutil's dict; a terminal closed between the listing and its
 * stat is skipped (psutil's FileNotFoundError), and a missing {@code pts} directory (macOS, minimal
 * containers) lists no pseudo-terminals.
 */
public final class TerminalMap {
  private TerminalMap() {}

  /**
   * Scans {@code dev}.
   *
   * @param dev the device directory, {@code /dev} (or one under another root)
   * @return device number ({@code st_rdev}) to the path found under {@code dev}
   * @throws UncheckedIOException if a directory cannot be listed or a device read for another
   *     reason than that it is gone
   */
  public static Map<Long, String> of(Path dev) {
    Map<Long, String> out = new HashMap<>();
    add(dev, "tty*", out);
    add(dev.resolve("pts"), "*", out);
    return out;
  }

  private static void add(Path dir, String glob, Map<Long, String> out) {
    try (DirectoryStream<Path> list = Files.newDirectoryStream(dir, glob)) {
      for (Path p : list) {
        try {
          out.put(((Number) Files.getAttribute(p, "unix:rdev")).longValue(), p.toString());
        } catch (NoSuchFileException gone) {
          // closed since the listing
        }
      }
    } catch (NoSuchFileException noDir) {
      // no such directory: nothing of it to name
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + dir, e);
    }
  }
}
