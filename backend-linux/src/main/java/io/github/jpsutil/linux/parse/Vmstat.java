package io.github.jpsutil.linux.parse;

import java.util.OptionalLong;

/** {@code /proc/vmstat} (man 5 proc): {@code name value} lines of VM event counters. */
public final class Vmstat {
  private static final String FILE = "/proc/vmstat";

  private Vmstat() {}

  /**
   * The value of counter {@code name} (e.g. {@code pswpin}, pages swapped in since boot), or empty
   * if this kernel does not have it (psutil gh-313).
   */
  public static OptionalLong counter(String text, String name) {
    TextCursor c = TextCursor.of(text, FILE);
    while (c.nextLine()) {
      if (c.nextField() && c.fieldIs(name)) {
        return OptionalLong.of(c.nextDecimal(name));
      }
    }
    return OptionalLong.empty();
  }
}
