package io.github.jpsutil.linux.parse;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The kernel's "cpulist" format ({@code lib/bitmap.c} {@code bitmap_parselist}), as in {@code
 * /sys/devices/system/cpu/online} and the {@code Cpus_allowed_list} line of {@code
 * /proc/<pid>/status}: comma-separated CPU numbers and inclusive ranges, e.g. {@code 0-3,8,10-11}.
 * An empty list (all CPUs offline in a fixture, or an empty cpuset) is the empty set.
 */
public final class CpuRangeList {
  private CpuRangeList() {}

  /** Guards against a corrupt file asking for billions of entries. */
  static final int MAX_CPU = 1 << 22;

  /**
   * The CPUs listed, ascending.
   *
   * @throws IllegalArgumentException naming the text when it is not a cpulist
   */
  public static Set<Integer> parse(String text) {
    TreeSet<Integer> cpus = new TreeSet<>();
    String s = text.strip();
    int i = 0;
    int n = s.length();
    while (i < n) {
      int comma = s.indexOf(',', i);
      int end = comma < 0 ? n : comma;
      int dash = s.indexOf('-', i);
      if (dash >= 0 && dash < end) {
        int first = number(s, i, dash, text);
        int last = number(s, dash + 1, end, text);
        if (last < first) {
          throw malformed(text, "range " + first + "-" + last + " is descending");
        }
        for (int cpu = first; cpu <= last; cpu++) {
          cpus.add(cpu);
        }
      } else {
        cpus.add(number(s, i, end, text));
      }
      i = end + 1;
      if (comma >= 0 && i >= n) {
        throw malformed(text, "trailing comma");
      }
    }
    return Collections.unmodifiableSet(cpus);
  }

  private static int number(String s, int from, int to, String text) {
    if (from >= to) {
      throw malformed(text, "empty CPU number");
    }
    long v = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        throw malformed(text, "'" + c + "' is not a digit");
      }
      v = v * 10 + (c - '0');
      if (v > MAX_CPU) {
        throw malformed(text, "CPU number above " + MAX_CPU);
      }
    }
    return (int) v;
  }

  private static IllegalArgumentException malformed(String text, String why) {
    return new IllegalArgumentException("not a cpulist (" + why + "): '" + text + "'");
  }
}
