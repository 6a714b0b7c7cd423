package io.github.jpsutil.itests;

import io.github.jpsutil.api.ResourceLimit;

/** {@code prlimit --pid PID --nofile}: soft and hard, "unlimited" as psutil's -1. */
final class RlimitText {
  private RlimitText() {}

  static ResourceLimit nofile(long pid) {
    String[] f =
        OsTool.run(
                "prlimit",
                "--pid",
                Long.toString(pid),
                "--nofile",
                "--noheadings",
                "-o",
                "SOFT,HARD")
            .trim()
            .split("\\s+");
    return new ResourceLimit(value(f[0]), value(f[1]));
  }

  private static long value(String s) {
    return s.equals("unlimited") ? ResourceLimit.INFINITY : Long.parseLong(s);
  }
}
