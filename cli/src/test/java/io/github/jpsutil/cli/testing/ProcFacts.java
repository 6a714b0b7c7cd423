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
}
