package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /proc/stat} (man 5 proc): the {@code cpu} and {@code cpuN} time lines, {@code ctxt},
 * {@code intr}, {@code softirq} and {@code btime}.
 */
public final class ProcStat {
  private static final String FILE = "/proc/stat";

  /** Time fields the kernel writes after the cpu label; man 5 proc numbers them (1)…(10). */
  private static final int TIME_FIELDS = 10;

  /** Fields every kernel has: user, nice, system, idle. */
  private static final int REQUIRED_TIME_FIELDS = 4;

  private ProcStat() {}

  /**
   * The system-wide times from the first line, {@code cpu user nice system idle …}.
   *
   * @param ticksPerSecond {@code sysconf(_SC_CLK_TCK)}, the unit of every field
   */
  public static CpuTimes.Linux cpuTimes(String text, double ticksPerSecond) {
    if (!text.startsWith("cpu ")) {
      throw Malformed.in(FILE, "the first line is not the 'cpu' total line");
    }
    return times(text, 0, ticksPerSecond);
  }

  /** One record per {@code cpuN} line, in file order, which the kernel writes by CPU index. */
  public static List<CpuTimes> perCpuTimes(String text, double ticksPerSecond) {
    List<CpuTimes> cpus = new ArrayList<>();
    for (int at = 0; at < text.length(); at = Tokens.lineEnd(text, at) + 1) {
      if (isPerCpuLine(text, at)) {
        cpus.add(times(text, at, ticksPerSecond));
      } else if (!text.startsWith("cpu", at) && !cpus.isEmpty()) {
        break; // the cpu lines come first and together
      }
    }
    return cpus;
  }

  /**
   * How many {@code cpuN} lines there are: the last fallback of cpu_count (psutil/_pslinux.py
   * {@code cpu_count_logical}).
   */
  public static int perCpuLineCount(String text) {
    int n = 0;
    for (int at = 0; at < text.length(); at = Tokens.lineEnd(text, at) + 1) {
      if (isPerCpuLine(text, at)) {
        n++;
      }
    }
    return n;
  }

  /**
   * {@code ctxt}, the first number of {@code intr} (the total; the rest are per IRQ) and the first
   * number of {@code softirq}; Linux does not count syscalls, so that field is 0 as in psutil.
   */
  public static CpuStats cpuStats(String text) {
    long ctxt = first(text, "ctxt ");
    long intr = first(text, "intr ");
    long softirq = first(text, "softirq ");
    return new CpuStats(ctxt, intr, softirq, 0);
  }

  /** {@code btime}: when the system booted, in seconds since the epoch. */
  public static Instant bootTime(String text) {
    return Instant.ofEpochSecond(first(text, "btime "));
  }

  /**
   * Parses one cpu line. Fields a kernel older than 2.6.33 does not write (iowait 2.5.41, irq and
   * softirq 2.6.0, steal 2.6.11, guest 2.6.24, guest_nice 2.6.33) are 0, as psutil; fields a newer
   * kernel might add after guest_nice are ignored.
   */
  private static CpuTimes.Linux times(String text, int lineStart, double ticksPerSecond) {
    Tokens t = Tokens.line(text, lineStart, FILE);
    t.skip(); // the label
    double[] v = new double[TIME_FIELDS];
    int n = 0;
    while (n < TIME_FIELDS && t.hasNext()) {
      v[n++] = t.nextLong() / ticksPerSecond;
    }
    if (n < REQUIRED_TIME_FIELDS) {
      throw Malformed.in(FILE, "a cpu line has " + n + " fields, at least 4 expected");
    }
    // /proc/stat order: user nice system idle iowait irq softirq steal guest guest_nice;
    // psutil's order puts user, system, idle first.
    return new CpuTimes.Linux(v[0], v[2], v[3], v[1], v[4], v[5], v[6], v[7], v[8], v[9]);
  }

  private static boolean isPerCpuLine(String text, int at) {
    return text.startsWith("cpu", at)
        && at + 3 < text.length()
        && Character.isDigit(text.charAt(at + 3));
  }

  /** The first number after the line label {@code key} (which includes its trailing space). */
  private static long first(String text, String key) {
    for (int at = 0; at < text.length(); at = Tokens.lineEnd(text, at) + 1) {
      if (text.startsWith(key, at)) {
        Tokens t = Tokens.line(text, at, FILE);
        t.skip();
        return t.nextLong();
      }
    }
    throw Malformed.in(FILE, "no '" + key.trim() + "' line");
  }
}
