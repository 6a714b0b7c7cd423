package io.github.jpsutil.linux.parse;

import java.util.Arrays;

/**
 * The one-value files of a cpufreq policy directory, {@code
 * /sys/devices/system/cpu/cpufreq/policyN/} (kernel {@code Documentation/admin-guide/pm/
 * cpufreq.rst}).
 */
public final class Cpufreq {
  private Cpufreq() {}

  /**
   * {@code affected_cpus}: the online CPUs this policy governs, space separated ({@code "0 1"}). An
   * inactive policy (all its CPUs offline) lists none.
   */
  public static int[] affectedCpus(String text, String file) {
    TextCursor c = TextCursor.of(text, file);
    int[] cpus = new int[4];
    int n = 0;
    while (c.nextLine()) {
      while (c.nextField()) {
        long cpu = c.decimal("cpu");
        if (cpu > Integer.MAX_VALUE) {
          throw c.malformed("CPU number out of range: " + cpu);
        }
        if (n == cpus.length) {
          cpus = Arrays.copyOf(cpus, n * 2);
        }
        cpus[n++] = (int) cpu;
      }
    }
    return Arrays.copyOf(cpus, n);
  }

  /** A {@code scaling_*_freq} or {@code cpuinfo_cur_freq} value, kHz, converted to MHz. */
  public static double mhz(String text, String file) {
    TextCursor c = TextCursor.of(text, file);
    if (!c.nextLine() || !c.nextField()) {
      throw c.malformed("number expected, the file is empty");
    }
    return c.decimal("kHz") / 1000.0;
  }
}
