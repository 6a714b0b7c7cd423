package io.github.jpsutil.linux.acquire;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.linux.parse.PidStat;
import io.github.jpsutil.posix.NativeLibc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The process directories of procfs as a whole. */
public final class PidDirectory {
  private final LinuxFiles files;
  private final WholeFileReader reader;

  public PidDirectory(LinuxFiles files, WholeFileReader reader) {
    this.files = files;
    this.reader = reader;
  }

  /**
   * pid → ppid of every process, from one read of each {@code /proc/<pid>/stat} into the reused
   * buffer. A process that exits during the scan is left out; a stat that may not be read is {@link
   * AccessDenied}, as in psutil's {@code ppid_map}.
   */
  public Map<Integer, Integer> ppidMap() {
    Path proc = files.config().procfs();
    Map<Integer, Integer> map = new HashMap<>(512);
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(proc)) {
      for (Path entry : ds) {
        int pid = pidOf(entry.getFileName().toString());
        if (pid >= 0) {
          Integer ppid = ppid(entry, pid);
          if (ppid != null) {
            map.put(pid, ppid);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + proc + ": " + e.getMessage(), e);
    }
    return map;
  }

  private Integer ppid(Path pidDir, int pid) {
    Path stat = pidDir.resolve("stat");
    try {
      return reader.read(stat, PidStat::ppid);
    } catch (IOException e) {
      FileError kind = FileError.of(e);
      if (kind.isGone()) {
        return null;
      }
      if (kind == FileError.DENIED) {
        throw new AccessDenied(pid, null, "permission denied: " + stat);
      }
      throw new UncheckedIOException("cannot read " + stat + ": " + e.getMessage(), e);
    } catch (MalformedDataException e) {
      // An empty or cut read when the task is reaped between open and read.
      if (!Files.exists(pidDir)) {
        return null;
      }
      throw new MalformedDataException("cannot parse " + stat + ": " + e.getMessage(), e);
    }
  }

  /**
   * The pids listed in {@code proc}, unsorted. Through {@code getdents64} ({@link
   * NumericDirectory}: no object per entry, half the time of {@code File.list} for ~150 entries)
   * once this JVM has bound libc for another call anyway; else {@code File.list} on the default
   * file system: one String per entry and no Path objects, in plain Java, so a scan does not load
   * JNA for its listing.
   */
  public static int[] list(Path proc) throws IOException {
    if (NativeLibc.bound()
        && proc.getFileSystem() == FileSystems.getDefault()
        && NumericDirectory.nativeListing()) {
      return NumericDirectory.list(proc);
    }
    String[] names = proc.getFileSystem() == FileSystems.getDefault() ? proc.toFile().list() : null;
    if (names == null) {
      return listByStream(proc); // another file system, or failed: the stream says why
    }
    int[] out = new int[names.length];
    int n = 0;
    for (String name : names) {
      int pid = pidOf(name);
      if (pid >= 0) {
        out[n++] = pid;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static int[] listByStream(Path proc) throws IOException {
    int[] out = new int[256];
    int n = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(proc)) {
      for (Path p : ds) {
        int pid = pidOf(p.getFileName().toString());
        if (pid >= 0) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = pid;
        }
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    return Arrays.copyOf(out, n);
  }

  /** The pid a {@code /proc} entry name stands for, or -1 for a non-process entry. */
  static int pidOf(String name) {
    int n = name.length();
    if (n == 0 || n > 10) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      int d = name.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v > Integer.MAX_VALUE ? -1 : (int) v;
  }
}
