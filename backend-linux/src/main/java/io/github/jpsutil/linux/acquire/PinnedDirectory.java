package io.github.jpsutil.linux.acquire;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;

/**
 * An open {@code /proc/<pid>} directory whose files are opened relative to it ({@code openat(2)}
 * through the JDK's {@link SecureDirectoryStream}): once the process it was opened for is reaped,
 * every open through it fails with ESRCH, even if another process has taken the pid, because the
 * descriptor holds the kernel's {@code struct pid}, not the number (proc(5), "/proc/pid"). Not
 * thread-safe; the owner closes it.
 */
public final class PinnedDirectory implements AutoCloseable {
  private static final Set<OpenOption> READ = Set.of(StandardOpenOption.READ);

  /** The names a oneshot scope reads, made once: a relative path is the same for every process. */
  private static final Map<String, Path> NAMES =
      Map.of(
          "stat", Path.of("stat"),
          "status", Path.of("status"),
          "statm", Path.of("statm"),
          "cmdline", Path.of("cmdline"),
          "smaps", Path.of("smaps"));

  private final SecureDirectoryStream<Path> stream;
  private final String name;

  private PinnedDirectory(SecureDirectoryStream<Path> stream, String name) {
    this.stream = stream;
    this.name = name;
  }

  /**
   * Opens {@code dir}.
   *
   * @throws IOException as the JDK reports it (NoSuchFileException when it is not there), or when
   *     the JDK cannot open files relative to a directory on this system (it can on every Linux
   *     with openat, i.e. since 2.6.16)
   */
  static PinnedDirectory open(Path dir) throws IOException {
    DirectoryStream<Path> ds = Files.newDirectoryStream(dir);
    if (ds instanceof SecureDirectoryStream<Path> secure) {
      return new PinnedDirectory(secure, dir.toString());
    }
    ds.close();
    throw new IOException("cannot open files relative to " + dir + ": the JDK has no openat here");
  }

  /** Opens {@code file} (a plain name such as {@code "status"}) in this directory for reading. */
  SeekableByteChannel open(String file) throws IOException {
    Path p = NAMES.get(file);
    return stream.newByteChannel(p != null ? p : Path.of(file), READ);
  }

  /** The directory's path, for messages. */
  public String name() {
    return name;
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      // Nothing to do for a read-only procfs directory: everything read was read in full.
    }
  }
}
