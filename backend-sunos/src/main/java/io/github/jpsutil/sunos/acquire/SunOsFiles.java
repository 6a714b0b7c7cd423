package io.github.jpsutil.sunos.acquire;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code /proc/<pid>/<file>} reads, always under the configured procfs root. The one place a
 * failed read becomes a jpsutil exception: the process directory gone → {@link NoSuchProcess};
 * EACCES → {@link AccessDenied}; anything else an {@link UncheckedIOException} naming the file.
 */
public record SunOsFiles(BackendConfig config) {
  /** A text file under the configured root, e.g. {@code etc/mnttab}. */
  public String readRootText(String relative) {
    Path p = config.rootfs().resolve(relative);
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + p, e);
    }
  }

  /** {@code <procfs>/<pid>/<name>}. */
  public Path path(int pid, String name) {
    return config.procfs().resolve(Integer.toString(pid)).resolve(name);
  }

  /** The whole file, native byte order. */
  public ByteBuffer read(int pid, String name) {
    Path p = path(pid, name);
    try {
      return ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.nativeOrder());
    } catch (IOException e) {
      throw translate(e, pid, p);
    }
  }

  /**
   * Up to {@code length} bytes at {@code offset} (an address, for {@code as}); the limit is what
   * the file had there.
   */
  public ByteBuffer readAt(int pid, String name, long offset, int length) {
    Path p = path(pid, name);
    try (FileChannel ch = FileChannel.open(p)) {
      ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.nativeOrder());
      // a short read at the end of a mapping ends the loop
      while (buf.hasRemaining() && ch.read(buf, offset + buf.position()) > 0) {}
      return buf.flip();
    } catch (IOException e) {
      throw translate(e, pid, p);
    }
  }

  /**
   * The target of the link {@code <procfs>/<pid>/<name>} (the {@code path/} links name open files);
   * empty when the link is absent or unresolvable but the process is still there.
   */
  public Optional<String> link(int pid, String name) {
    Path p = path(pid, name);
    try {
      return Optional.of(Files.readSymbolicLink(p).toString());
    } catch (NoSuchFileException | NotLinkException e) {
      if (!exists(pid)) {
        throw new NoSuchProcess(pid);
      }
      return Optional.empty();
    } catch (IOException e) {
      throw translate(e, pid, p);
    }
  }

  /** The entries of the directory {@code <procfs>/<pid>/<name>} ({@code fd}, {@code lwp}). */
  public List<String> list(int pid, String name) {
    Path p = path(pid, name);
    try (Stream<Path> dir = Files.list(p)) {
      return dir.map(e -> e.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw translate(e, pid, p);
    }
  }

  /** Whether {@code <procfs>/<pid>} exists. */
  public boolean exists(int pid) {
    return Files.isDirectory(config.procfs().resolve(Integer.toString(pid)));
  }

  /** Every numeric entry of the procfs root, ascending. */
  public int[] pids() {
    try (Stream<Path> dir = Files.list(config.procfs())) {
      return dir.map(p -> p.getFileName().toString())
          .filter(s -> s.matches("[0-9]{1,9}"))
          .mapToInt(Integer::parseInt)
          .sorted()
          .toArray();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + config.procfs(), e);
    }
  }

  private RuntimeException translate(IOException e, int pid, Path p) {
    // Re-check that the process is really gone before saying so (psutil gh-2418); a file that
    // vanished from a directory still there means the process exited mid-read.
    if (!exists(pid) || e instanceof NoSuchFileException) {
      return new NoSuchProcess(pid);
    }
    if (e instanceof AccessDeniedException) {
      return new AccessDenied(pid, null, "reading " + p);
    }
    return new UncheckedIOException("reading " + p, e);
  }
}
