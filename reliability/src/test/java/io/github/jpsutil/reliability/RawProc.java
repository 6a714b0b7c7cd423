package io.github.jpsutil.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Test-only reads of {@code /proc/<pid>} that do not go through jpsutil, the independent source the
 * suite checks the library against: {@code stat} is split at the last {@code ')'} as {@code man 5
 * proc} advises, fields numbered as there.
 */
final class RawProc {
  private RawProc() {}

  /** The fields after the command name, so that {@code fields[n - 3]} is field n; empty if gone. */
  static Optional<String[]> statFields(long pid) {
    try {
      byte[] b = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "stat"));
      String s = new String(b, StandardCharsets.ISO_8859_1);
      int r = s.lastIndexOf(')');
      if (r < 0 || r + 2 > s.length()) {
        return Optional.empty();
      }
      return Optional.of(s.substring(r + 2).strip().split(" "));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String field(String[] f, int n) {
    return f[n - 3];
  }

  /** Field 22, starttime, clock ticks after boot; empty if the pid is free. */
  static OptionalLong startTicks(long pid) {
    Optional<String[]> f = statFields(pid);
    return f.isPresent()
        ? OptionalLong.of(Long.parseLong(field(f.get(), 22)))
        : OptionalLong.empty();
  }

  /** Field 3, the state letter; '?' if the pid is free. */
  static char state(long pid) {
    return statFields(pid).map(f -> field(f, 3).charAt(0)).orElse('?');
  }

  /** Field 19, nice. */
  static int nice(long pid) {
    return Integer.parseInt(field(statFields(pid).orElseThrow(), 19));
  }

  /** {@code /proc/<pid>/<file>} as text, or "" if it cannot be read. */
  static String text(long pid, String file) {
    try {
      return Files.readString(Path.of("/proc", Long.toString(pid), file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** A line of {@code /proc/<pid>/status} starting with {@code key}, e.g. "Cpus_allowed_list:". */
  static String statusLine(long pid, String key) {
    return text(pid, "status").lines().filter(l -> l.startsWith(key)).findFirst().orElse("");
  }

  /** The {@code /proc/<pid>/limits} line of "Max open files". */
  static String openFilesLimit(long pid) {
    return text(pid, "limits")
        .lines()
        .filter(l -> l.startsWith("Max open files"))
        .findFirst()
        .orElse("");
  }

  /** {@code btime} of {@code /proc/stat}: boot, seconds since the epoch. */
  static long bootTime() {
    try {
      return Files.readAllLines(Path.of("/proc/stat")).stream()
          .filter(l -> l.startsWith("btime "))
          .mapToLong(l -> Long.parseLong(l.substring(6).strip()))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
