package io.github.jpsutil.itests;

import java.util.Set;
import java.util.TreeSet;

/** Parses the CPU lists util-linux prints ({@code taskset -pc}: {@code "0,2-3"}), for the tests. */
final class CpuListText {
  private CpuListText() {}

  static Set<Integer> parse(String list) {
    Set<Integer> cpus = new TreeSet<>();
    for (String part : list.trim().split(",")) {
      int dash = part.indexOf('-');
      if (dash < 0) {
        cpus.add(Integer.parseInt(part.trim()));
      } else {
        int from = Integer.parseInt(part.substring(0, dash).trim());
        int to = Integer.parseInt(part.substring(dash + 1).trim());
        for (int c = from; c <= to; c++) {
          cpus.add(c);
        }
      }
    }
    return cpus;
  }

  /** The list of {@code taskset -pc PID}: "pid 42's current affinity list: 0,1". */
  static Set<Integer> taskset(long pid) {
    String out = OsTool.run("taskset", "-pc", Long.toString(pid));
    return parse(out.substring(out.lastIndexOf(':') + 1));
  }
}
