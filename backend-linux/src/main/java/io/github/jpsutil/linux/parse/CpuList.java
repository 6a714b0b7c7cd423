package io.github.jpsutil.linux.parse;

import java.util.BitSet;

/**
 * The kernel's "cpulist" format ({@code Documentation/admin-guide/cputopology.rst}), e.g. {@code
 * 0-3,8,10-11}: the format of {@code /sys/devices/system/cpu/online}, {@code possible}, {@code
 * topology/core_cpus_list} and {@code Cpus_allowed_list}.
 */
public final class CpuList {
  /** More CPUs than any kernel supports (NR_CPUS is at most 8192); guards against garbage. */
  private static final int MAX_CPUS = 1 << 16;

  private CpuList() {}

  /**
   * The CPUs listed. An empty or blank list is an empty set.
   *
   * @param file names the source in error messages
   */
  public static BitSet parse(String text, String file) {
    BitSet cpus = new BitSet();
    String s = text.strip();
    int at = 0;
    while (at < s.length()) {
      int comma = s.indexOf(',', at);
      int end = comma < 0 ? s.length() : comma;
      int dash = s.indexOf('-', at);
      if (dash >= 0 && dash < end) {
        int first = number(s, at, dash, file);
        int last = number(s, dash + 1, end, file);
        if (first > last) {
          throw Malformed.in(file, "descending CPU range '" + s.substring(at, end) + "'");
        }
        cpus.set(first, last + 1);
      } else {
        cpus.set(number(s, at, end, file));
      }
      at = end + 1;
      if (comma >= 0 && at >= s.length()) {
        throw Malformed.in(file, "trailing comma in '" + s + "'");
      }
    }
    return cpus;
  }

  /** {@link #parse} as an ascending set. */
  public static java.util.Set<Integer> parseSet(String text, String file) {
    BitSet cpus = parse(text, file);
    java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
    for (int cpu = cpus.nextSetBit(0); cpu >= 0; cpu = cpus.nextSetBit(cpu + 1)) {
      out.add(cpu);
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  private static int number(String s, int from, int to, String file) {
    int v = 0;
    if (from >= to) {
      throw Malformed.in(file, "empty CPU number in '" + s + "'");
    }
    for (int i = from; i < to; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw Malformed.in(file, "not a CPU list: '" + s + "'");
      }
      v = v * 10 + d;
      if (v >= MAX_CPUS) {
        throw Malformed.in(file, "CPU number out of range in '" + s + "'");
      }
    }
    return v;
  }
}
