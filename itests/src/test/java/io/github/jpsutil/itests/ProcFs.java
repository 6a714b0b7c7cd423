package io.github.jpsutil.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test's own minimal reading of {@code /proc/<pid>}, written independently of the backend's
 * parsers: stat fields by their {@code man 5 proc} number, status lines by key.
 */
final class ProcFs {
  private ProcFs() {}

  /**
   * Field {@code number} (1-based, as in {@code man 5 proc}: 3 is state, 4 ppid, 10 minflt, 12
   * majflt, 19 nice, 22 starttime) of {@code /proc/<pid>/stat}. Fields after the command name are
   * found from the last ')', since the name may hold spaces and parentheses.
   */
  static String statField(long pid, int number) {
    if (number < 3) {
      throw new IllegalArgumentException("fields 1 and 2 are pid and comm, got " + number);
    }
    String stat = read(pid, "stat");
    String[] rest = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    return rest[number - 3];
  }

  /** The value of {@code key:} in {@code /proc/<pid>/status}, trimmed. */
  static String status(long pid, String key) {
    for (String line : read(pid, "status").split("\n")) {
      if (line.startsWith(key + ":")) {
        return line.substring(key.length() + 1).trim();
      }
    }
    throw new IllegalStateException("no " + key + " in /proc/" + pid + "/status");
  }

  static String read(long pid, String file) {
    try {
      return Files.readString(Path.of("/proc", Long.toString(pid), file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Seconds since the epoch at which the system booted ({@code btime} of /proc/stat). */
  static long bootTime() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
        if (line.startsWith("btime ")) {
          return Long.parseLong(line.substring(6).trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no btime in /proc/stat");
  }

  /** MemTotal of /proc/meminfo in bytes (the file gives kB, i.e. KiB). */
  static long memTotalBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.substring(9).replace("kB", "").trim()) * 1024;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no MemTotal in /proc/meminfo");
  }
}
