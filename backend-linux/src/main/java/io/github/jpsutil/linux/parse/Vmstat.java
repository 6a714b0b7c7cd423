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
    for (int at = 0; at < text.length(); at = Tokens.lineEnd(text, at) + 1) {
      int after = at + name.length();
      if (text.startsWith(name, at) && after < text.length() && text.charAt(after) == ' ') {
        return OptionalLong.of(Tokens.line(text, after, FILE).nextLong());
      }
    }
    return OptionalLong.empty();
  }
}
