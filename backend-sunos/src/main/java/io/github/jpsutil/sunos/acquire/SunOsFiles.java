package io.github.jpsutil.sunos.acquire;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The {@code /proc/<pid>/<file>} reads, always under the configured procfs root. The one place a
 * failed read becomes a jpsutil exception: the process directory gone → {@link NoSuchProcess};
 * EACCES → {@link AccessDenied}; anything else an {@link UncheckedIOException} naming the file.
 */
public final class SunOsFiles {
  private final Path procfs;

  public SunOsFiles(BackendConfig config) {
    this.procfs = config.procfs();
  }

  /** {@code <procfs>/<pid>/<name>}. */
  public Path path(int pid, String name) {
    return procfs.resolve(Integer.toString(pid)).resolve(name);
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
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.nativeOrder());
      while (buf.hasRemaining()) {
        int n = ch.read(buf, offset + buf.position());
        if (n <= 0) {
          break;
        }
      }
      buf.flip();
      return buf;
    } catch (IOException e) {
      throw translate(e, pid, p);
    }
  }

  /** Whether {@code <procfs>/<pid>} exists. */
  public boolean exists(int pid) {
    return Files.isDirectory(procfs.resolve(Integer.toString(pid)));
  }

  /** Every numeric entry of the procfs root, ascending. */
  public int[] pids() {
    int[] out = new int[256];
    int n = 0;
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(procfs)) {
      for (Path p : dir) {
        String s = p.getFileName().toString();
        if (!isNumber(s)) {
          continue;
        }
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = Integer.parseInt(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + procfs, e);
    }
    int[] pids = Arrays.copyOf(out, n);
    Arrays.sort(pids);
    return pids;
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 10) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return Long.parseLong(s) <= Integer.MAX_VALUE;
  }

  private RuntimeException translate(IOException e, int pid, Path p) {
    // Re-check that the process is really gone before saying so (psutil gh-2418).
    if (!exists(pid)) {
      return new NoSuchProcess(pid);
    }
    if (e instanceof AccessDeniedException) {
      return new AccessDenied(pid, null, "reading " + p);
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      // The directory is still there but the file went away: the process exited mid-read.
      return new NoSuchProcess(pid);
    }
    return new UncheckedIOException("reading " + p, e);
  }
}
