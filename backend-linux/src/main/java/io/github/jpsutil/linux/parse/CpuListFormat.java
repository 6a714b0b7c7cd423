package io.github.jpsutil.linux.parse;

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

  /** Parses the first line of {@code text} (surrounding blanks ignored). */
  public static Set<Integer> parse(String text, String what) {
    TextCursor c = TextCursor.of(text, what);
    return c.nextLine() ? parse(c, what) : Collections.emptySet();
  }

  /**
   * Parses the rest of the cursor's line; only blanks are the empty set.
   *
   * @return the CPUs, ascending, unmodifiable
   */
  static Set<Integer> parse(TextCursor c, String what) {
    TreeSet<Integer> cpus = new TreeSet<>();
    if (!c.restOfLine()) {
      return Collections.unmodifiableSet(cpus);
    }
    int i = c.start();
    int to = c.end();
    while (i < to) {
      int comma = i;
      while (comma < to && c.at(comma) != ',') {
        comma++;
      }
      int dash = i;
      while (dash < comma && c.at(dash) != '-') {
        dash++;
      }
      int first = cpu(c, i, dash, what);
      int last = dash < comma ? cpu(c, dash + 1, comma, what) : first;
      if (last < first) {
        throw c.malformed("descending range " + first + "-" + last);
      }
      for (int n = first; n <= last; n++) {
        cpus.add(n);
      }
      i = comma + 1;
    }
    return Collections.unmodifiableSet(cpus);
  }

  private static int cpu(TextCursor c, int from, int to, String what) {
    long v = c.decimal(from, to, what);
    if (v >= MAX_CPU) {
      throw c.malformed("CPU number " + v + " out of range");
    }
    return (int) v;
  }
}
