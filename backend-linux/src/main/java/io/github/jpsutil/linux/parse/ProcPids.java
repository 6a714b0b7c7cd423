package io.github.jpsutil.linux.parse;

import java.util.Arrays;
import java.util.List;

/**
 * The entries of the {@code /proc} directory: one numeric directory per process. Threads have
 * directories too, but {@code /proc} does not list them, so the listing is the process list.
 */
public final class ProcPids {
  private ProcPids() {}

  /** The numeric names, ascending; other entries ({@code self}, {@code net}, …) are skipped. */
  public static int[] parse(List<String> names) {
    int[] pids = new int[names.size()];
    int n = 0;
    for (String name : names) {
      int pid = pidOf(name);
      if (pid >= 0) {
        pids[n++] = pid;
      }
    }
    int[] result = Arrays.copyOf(pids, n);
    Arrays.sort(result);
    return result;
  }

  /** The pid a directory name stands for, or -1 if it is not all digits or exceeds an int. */
  private static int pidOf(String name) {
    if (name.isEmpty() || name.length() > 10) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < name.length(); i++) {
      int d = name.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v > Integer.MAX_VALUE ? -1 : (int) v;
  }
}
