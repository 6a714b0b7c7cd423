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
    TextCursor c = TextCursor.of(text, "/proc/filesystems");
    while (c.nextLine()) {
      if (!c.nextField()) {
        continue;
      }
      if (!c.fieldIs("nodev")) {
        out.add(c.string());
      } else if (c.nextField() && c.fieldIs("zfs")) {
        out.add("zfs");
      }
    }
    return Set.copyOf(out);
  }
}
