package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The kernel's CPU list format ({@code "0-3,8,10-11"}, printed with {@code %*pbl}), as in {@code
 * Cpus_allowed_list} of {@code /proc/[pid]/status} and {@code /sys/devices/system/cpu/online}.
 */
public final class CpuListFormat {
  /** Far above any real CPU count (NR_CPUS is at most 8192); guards against a corrupt range. */
  private static final int MAX_CPU = 1 << 16;

  private CpuListFormat() {}

  /** Parses the whole of {@code text} (surrounding blanks ignored). */
  public static Set<Integer> parse(String text, String what) {
    byte[] b = ProcText.key(text);
    int start = ProcText.skipBlanks(b, 0, b.length);
    int end = b.length;
    while (end > start && ProcText.isBlank(b[end - 1])) {
      end--;
    }
    return parse(b, start, end, what);
  }

  /**
   * Parses {@code b[from, to)}; an empty range is the empty set.
   *
   * @return the CPUs, ascending, unmodifiable
   */
  public static Set<Integer> parse(byte[] b, int from, int to, String what) {
    TreeSet<Integer> cpus = new TreeSet<>();
    int i = from;
    while (i < to) {
      int comma = i;
      while (comma < to && b[comma] != ',') {
        comma++;
      }
      int dash = i;
      while (dash < comma && b[dash] != '-') {
        dash++;
      }
      int first = cpu(b, i, dash, what);
      int last = dash < comma ? cpu(b, dash + 1, comma, what) : first;
      if (last < first) {
        throw new MalformedDataException(what + ": descending range " + first + "-" + last);
      }
      for (int c = first; c <= last; c++) {
        cpus.add(c);
      }
      i = comma + 1;
    }
    return Collections.unmodifiableSet(cpus);
  }

  private static int cpu(byte[] b, int from, int to, String what) {
    long v = ProcText.decimal(b, from, to, what);
    if (v >= MAX_CPU) {
      throw new MalformedDataException(what + ": CPU number " + v + " out of range");
    }
    return (int) v;
  }
}
