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
    TextCursor c = TextCursor.of(text, FILE);
    if (!c.nextLine() || !c.lineStartsWith(CPU_TOTAL)) {
      throw Malformed.in(FILE, "the first line is not the 'cpu' total line");
    }
    return times(c, ticksPerSecond);
  }

  /** One record per {@code cpuN} line, in file order, which the kernel writes by CPU index. */
  public static List<CpuTimes> perCpuTimes(String text, double ticksPerSecond) {
    List<CpuTimes> cpus = new ArrayList<>();
    TextCursor c = TextCursor.of(text, FILE);
    while (c.nextLine()) {
      if (isPerCpuLine(c)) {
        cpus.add(times(c, ticksPerSecond));
      } else if (!c.lineStartsWith(CPU) && !cpus.isEmpty()) {
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
    TextCursor c = TextCursor.of(text, FILE);
    while (c.nextLine()) {
      if (isPerCpuLine(c)) {
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
    TextCursor c = TextCursor.of(text, FILE);
    long ctxt = first(c, CTXT, "ctxt");
    long intr = first(c, INTR, "intr");
    long softirq = first(c, SOFTIRQ, "softirq");
    return new CpuStats(ctxt, intr, softirq, 0);
  }

  /** {@code btime}: when the system booted, in seconds since the epoch. */
  public static Instant bootTime(String text) {
    return Instant.ofEpochSecond(first(TextCursor.of(text, FILE), BTIME, "btime"));
  }

  private static final byte[] CPU = TextCursor.key("cpu");
  private static final byte[] CPU_TOTAL = TextCursor.key("cpu ");
  private static final byte[] CTXT = TextCursor.key("ctxt ");
  private static final byte[] INTR = TextCursor.key("intr ");
  private static final byte[] SOFTIRQ = TextCursor.key("softirq ");
  private static final byte[] BTIME = TextCursor.key("btime ");

  /**
   * Parses the cursor's cpu line. Fields a kernel older than 2.6.33 does not write (iowait 2.5.41,
   * irq and softirq 2.6.0, steal 2.6.11, guest 2.6.24, guest_nice 2.6.33) are 0, as psutil; fields
   * a newer kernel might add after guest_nice are ignored.
   */
  private static CpuTimes.Linux times(TextCursor c, double ticksPerSecond) {
    c.field("label");
    double[] v = new double[TIME_FIELDS];
    int n = 0;
    while (n < TIME_FIELDS && c.nextField()) {
      v[n++] = c.decimal("cpu time") / ticksPerSecond;
    }
    if (n < REQUIRED_TIME_FIELDS) {
      throw c.malformed("a cpu line has " + n + " fields, at least 4 expected");
    }
    // /proc/stat order: user nice system idle iowait irq softirq steal guest guest_nice;
    // psutil's order puts user, system, idle first.
    return new CpuTimes.Linux(v[0], v[2], v[3], v[1], v[4], v[5], v[6], v[7], v[8], v[9]);
  }

  private static boolean isPerCpuLine(TextCursor c) {
    int at = c.lineStart();
    return c.lineStartsWith(CPU) && at + 3 < c.lineEnd() && Character.isDigit(c.at(at + 3));
  }

  /** The first number after the line label {@code key} (which includes its trailing space). */
  private static long first(TextCursor c, byte[] key, String name) {
    if (!c.findLine(key)) {
      throw Malformed.in(FILE, "no '" + name + "' line");
    }
    return c.nextDecimal(name);
  }
}
