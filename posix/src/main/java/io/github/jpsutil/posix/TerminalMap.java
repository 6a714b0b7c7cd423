package io.github.jpsutil.posix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Terminal device numbers to paths, as psutil's {@code _psposix.get_terminal_map} builds them: the
 * {@code st_rdev} of every {@code tty*} in a {@code /dev} directory and of every entry of its
 * {@code pts} subdirectory (glob order, a later path wins a shared number, as psutil's dict does).
 * An instance keeps the map and builds it again on a miss, since a pseudo-terminal appears with
 * every login. Thread-safe.
 */
public final class TerminalMap {
  private final Supplier<Map<Long, String>> scanner;
  private Map<Long, String> byDevice = Map.of();

  /**
   * A map filled by {@code scanner} on first use and on every miss.
   *
   * @param scanner builds the whole map, e.g. {@code () -> TerminalMap.scan(Path.of("/dev"))}
   */
  public TerminalMap(Supplier<Map<Long, String>> scanner) {
    this.scanner = Objects.requireNonNull(scanner, "scanner");
  }

  /**
   * The path of terminal device {@code rdev}, scanning again when it is not known yet.
   *
   * @param rdev the device number, as {@code st_rdev} (the JDK's {@code unix:rdev})
   * @return its path, or empty when no terminal has that number
   */
  public synchronized Optional<String> path(long rdev) {
    String hit = byDevice.get(rdev);
    if (hit == null) {
      byDevice = Map.copyOf(scanner.get());
      hit = byDevice.get(rdev);
    }
    return Optional.ofNullable(hit);
  }

  /**
   * Scans {@code dev}. A missing {@code pts} (macOS, a minimal container) or a terminal closed
   * between the listing and its stat (psutil skips FileNotFoundError) leaves nothing out that
   * exists.
   *
   * @param dev the {@code /dev} directory to scan
   * @return {@code st_rdev} (the JDK's {@code unix:rdev}) to the path under {@code dev}
   * @throws UncheckedIOException naming the directory when it cannot be listed
   */
  public static Map<Long, String> scan(Path dev) {
    Map<Long, String> out = new HashMap<>();
    add(dev, "tty*", out);
    add(dev.resolve("pts"), "*", out);
    return out;
  }

  private static void add(Path dir, String glob, Map<Long, String> out) {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
      for (Path p : ds) {
        try {
          out.put((Long) Files.getAttribute(p, "unix:rdev"), p.toString());
        } catch (NoSuchFileException gone) {
          // Closed between the listing and the stat.
        }
      }
    } catch (NoSuchFileException e) {
      // No such directory: no terminals there.
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
