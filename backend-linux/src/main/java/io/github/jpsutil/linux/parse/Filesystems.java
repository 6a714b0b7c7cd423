package io.github.jpsutil.linux.parse;

import java.util.HashSet;
import java.util.Set;

/**
 * {@code /proc/filesystems} ({@code man 5 proc}): one filesystem type per line, marked {@code
 * nodev} when it needs no block device ({@code nodev\tproc}, {@code \text4}).
 */
public final class Filesystems {
  private Filesystems() {}

  /**
   * The types psutil counts as physical for {@code disk_partitions(all=False)}: those without
   * {@code nodev}, plus {@code zfs}, which is marked {@code nodev} but holds real data (psutil
   * gh-534).
   */
  public static Set<String> physical(String text) {
    Set<String> out = new HashSet<>();
    LineTokens t = new LineTokens(text);
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      int fields = t.split(pos, end);
      pos = end + 1;
      if (fields == 0) {
        continue;
      }
      if (!t.is(0, "nodev")) {
        out.add(t.string(0));
      } else if (fields >= 2 && t.is(1, "zfs")) {
        out.add("zfs");
      }
    }
    return Set.copyOf(out);
  }
}
