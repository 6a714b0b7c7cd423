package io.github.jpsutil.cli.text;

/**
 * Text from the system made safe for one line of a terminal. Command lines, paths and environment
 * values may hold newlines, tabs or escape sequences; printed raw they would break a table's lines
 * or drive the terminal. As ps(1) does, each control character becomes {@code ?}.
 */
public final class Printable {
  private Printable() {}

  /** {@code s} with every ISO control character (C0, DEL, C1) replaced by {@code ?}. */
  public static String of(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        return replace(s, i);
      }
    }
    return s; // the common case: no copy
  }

  private static String replace(String s, int first) {
    StringBuilder sb = new StringBuilder(s.length()).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(Character.isISOControl(c) ? '?' : c);
    }
    return sb.toString();
  }
}
