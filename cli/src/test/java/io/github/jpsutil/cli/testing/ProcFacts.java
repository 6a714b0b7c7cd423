package io.github.jpsutil.cli.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Facts read straight from /proc and /sys, the independent source the live tests compare the
 * commands' output with, plus a probe for whether a psutil function is implemented yet.
 */
public final class ProcFacts {
  private ProcFacts() {}

  /**
   * The value of {@code supplier}, or null while the backend throws UnsupportedOperationException.
   */
  public static <T> T implementedOrNull(Supplier<T> supplier) {
    try {
      return supplier.get();
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  /** A {@code /proc/meminfo} field in bytes (the file says kB, meaning KiB). */
  public static long meminfoBytes(String field) {
    for (String line : lines("/proc/meminfo")) {
      if (line.startsWith(field + ":")) {
        String kb = line.substring(field.length() + 1).replace("kB", "").strip();
        return Long.parseLong(kb) * 1024;
      }
    }
    throw new AssertionError(field + " not in /proc/meminfo");
  }

  /** Online logical CPUs: the {@code cpuN} lines of {@code /proc/stat}. */
  public static int onlineCpus() {
    return (int)
        lines("/proc/stat").stream()
            .filter(l -> l.startsWith("cpu") && Character.isDigit(l.charAt(3)))
            .count();
  }

  /** {@code btime} of {@code /proc/stat}: boot time in whole epoch seconds. */
  public static long bootTime() {
    for (String line : lines("/proc/stat")) {
      if (line.startsWith("btime ")) {
        return Long.parseLong(line.substring(6).strip());
      }
    }
    throw new AssertionError("no btime in /proc/stat");
  }

  /** Interface names of {@code /proc/net/dev}, in file order. */
  public static Set<String> netDevNames() {
    Set<String> names = new LinkedHashSet<>();
    List<String> lines = lines("/proc/net/dev");
    for (String line : lines.subList(2, lines.size())) {
      names.add(line.substring(0, line.indexOf(':')).strip());
    }
    return names;
  }

  /** Entries of {@code /sys/class/net}: every interface, with or without addresses. */
  public static Set<String> sysClassNet() {
    try (Stream<Path> s = Files.list(Path.of("/sys/class/net"))) {
      Set<String> names = new LinkedHashSet<>();
      s.forEach(p -> names.add(p.getFileName().toString()));
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Mount points of {@code /proc/self/mounts}, octal escapes ({@code \040}) decoded. */
  public static Set<String> mountPoints() {
    Set<String> points = new LinkedHashSet<>();
    for (String line : lines("/proc/self/mounts")) {
      String raw = line.split(" ")[1];
      points.add(
          raw.replace("\\040", " ")
              .replace("\\011", "\t")
              .replace("\\012", "\n")
              .replace("\\134", "\\"));
    }
    return points;
  }

  public static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code dir} has an entry whose name matches {@code glob}, at any depth up to 2. */
  public static boolean anyFile(String dir, String glob) {
    Path root = Path.of(dir);
    if (!Files.isDirectory(root)) {
      return false;
    }
    var matcher = root.getFileSystem().getPathMatcher("glob:" + glob);
    try (Stream<Path> s = Files.walk(root, 2, FileVisitOption.FOLLOW_LINKS)) {
      return s.anyMatch(p -> matcher.matches(p.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code /proc/<pid>/comm}: the kernel's name of a process (15 characters at most). */
  public static String comm(long pid) {
    return lines("/proc/" + pid + "/comm").get(0);
  }

  /**
   * The fields of {@code /proc/<pid>/stat} after the command name, so that index 0 is field 3
   * (state) of {@code man 5 proc}; split after the last ')' as the name may hold anything.
   */
  public static String[] statFieldsAfterName(long pid) {
    String stat = lines("/proc/" + pid + "/stat").get(0);
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }

  /** Field 4 of {@code /proc/<pid>/stat}. */
  public static int ppid(long pid) {
    return Integer.parseInt(statFieldsAfterName(pid)[1]);
  }

  /** utime + stime (fields 14 and 15 of {@code /proc/<pid>/stat}), in clock ticks. */
  public static long cpuTicks(long pid) {
    String[] f = statFieldsAfterName(pid);
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  /** The value of a {@code Name:\tvalue} line of {@code /proc/<pid>/status}, e.g. Threads. */
  public static String status(long pid, String field) {
    for (String line : lines("/proc/" + pid + "/status")) {
      if (line.startsWith(field + ":")) {
        return line.substring(field.length() + 1).strip();
      }
    }
    throw new AssertionError(field + " not in /proc/" + pid + "/status");
  }

  /** A {@code name: value} line of {@code /proc/<pid>/io}, in bytes. */
  public static long io(long pid, String field) {
    for (String line : lines("/proc/" + pid + "/io")) {
      if (line.startsWith(field + ": ")) {
        return Long.parseLong(line.substring(field.length() + 2).strip());
      }
    }
    throw new AssertionError(field + " not in /proc/" + pid + "/io");
  }

  /**
   * The sum of a field (e.g. {@code Rss}) over the mappings of {@code /proc/<pid>/smaps}, in bytes.
   */
  public static long smapsSum(long pid, String field) {
    long kib = 0;
    for (String line : lines("/proc/" + pid + "/smaps")) {
      if (line.startsWith(field + ":")) {
        kib += Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
      }
    }
    return kib * 1024;
  }

  /** A field of {@code /proc/<pid>/smaps_rollup} in bytes. */
  public static long smapsRollup(long pid, String field) {
    for (String line : lines("/proc/" + pid + "/smaps_rollup")) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip()) * 1024;
      }
    }
    throw new AssertionError(field + " not in /proc/" + pid + "/smaps_rollup");
  }

  /** The largest pid plus one: {@code /proc/sys/kernel/pid_max}. */
  public static int pidMax() {
    return Integer.parseInt(lines("/proc/sys/kernel/pid_max").get(0).strip());
  }

  /** Numeric entries of {@code /proc}: the processes (not threads) right now. */
  public static int processCount() {
    try (Stream<Path> s = Files.list(Path.of("/proc"))) {
      return (int)
          s.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
