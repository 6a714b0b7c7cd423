package io.github.jpsutil.linux.acquire;

import io.github.jpsutil.linux.acquire.WholeFileReader.BytesParser;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads system-wide files under the configured roots. A failure is an {@link UncheckedIOException}
 * naming the file, as psutil lets {@code OSError} through for system functions
 * (psutil/_pslinux.py). Per-process reads have their own error ladder.
 */
public final class LinuxFiles {
  private final BackendConfig config;
  private final WholeFileReader reader = new WholeFileReader();

  public LinuxFiles(BackendConfig config) {
    this.config = config;
  }

  public BackendConfig config() {
    return config;
  }

  /** A path under the procfs root, e.g. {@code proc("net", "tcp")}. */
  public Path proc(String first, String... more) {
    return config.procfs().resolve(Path.of(first, more));
  }

  /** A path under the sysfs root. */
  public Path sys(String first, String... more) {
    return config.sysfs().resolve(Path.of(first, more));
  }

  /** A path under the root filesystem, e.g. {@code root("etc/mtab")}. */
  public Path root(String first, String... more) {
    return config.rootfs().resolve(Path.of(first, more));
  }

  /** Whether an absolute path exists, under the root filesystem (psutil's path_exists_strict). */
  public boolean pathExists(String absolute) {
    try {
      return Files.exists(root(absolute.substring(1)));
    } catch (java.nio.file.InvalidPathException e) {
      // Not representable as a Java path (bytes that are not UTF-8): treat as absent.
      return false;
    }
  }

  /** The whole file as UTF-8 text (kernel files are ASCII except for names, which may be UTF-8). */
  public String readText(Path file) {
    return read(file, WholeFileReader.UTF8);
  }

  /**
   * A {@code /proc/<pid>} file's text, or empty when the file or its process is gone: ENOENT after
   * the process was reaped, ESRCH while it exits (a plain {@code FileSystemException} whose reason
   * only the strerror text names).
   */
  public Optional<String> readProcessTextIfPresent(Path file) {
    try {
      return Optional.of(reader.read(file, WholeFileReader.UTF8));
    } catch (IOException e) {
      if (FileError.of(e).isGone()) {
        return Optional.empty();
      }
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A socket table of {@code /proc/net} as UTF-8 text, without the second walk of the kernel's
   * socket hash that a read to EOF costs when the table fits in one read ({@link
   * WholeFileReader#readSeqTable}).
   */
  public String readSeqTableText(Path file) {
    try {
      return reader.readSeqTable(file, WholeFileReader.UTF8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The whole file, read to EOF. Not {@code Files.readAllBytes}: procfs files report size 0, and
   * for those it first reads a single byte, after which a {@code /proc/sys} file answers EOF
   * ({@code pid_max} would read as "3").
   */
  public byte[] readBytes(Path file) {
    return read(file, WholeFileReader.COPY);
  }

  /**
   * Reads the whole file into a reused per-thread buffer and parses it there, so a system function
   * called in a loop allocates only its result.
   */
  public <T> T read(Path file, BytesParser<T> parser) {
    try {
      return reader.read(file, parser);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The file names in a directory, unsorted. */
  public List<String> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      List<String> names = new ArrayList<>();
      s.forEach(p -> names.add(p.getFileName().toString()));
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  public boolean exists(Path p) {
    return Files.exists(p);
  }
}
