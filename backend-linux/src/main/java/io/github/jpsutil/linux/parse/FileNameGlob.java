package io.github.jpsutil.linux.parse;

/**
 * Whether a file name matches one path component of a glob(7) pattern: {@code *} (any run), {@code
 * ?} (one character), {@code [...]} (a set with ranges, {@code !} or {@code ^} negating it) and
 * {@code \} quoting the next character; a name starting with {@code .} matches only a pattern that
 * starts with one, as glob(3) without GLOB_PERIOD. For ldconfig's {@code include} lines, without a
 * regular expression (a cold JVM pays for compiling one).
 */
public final class FileNameGlob {
  private FileNameGlob() {}

  public static boolean matches(String pattern, String name) {
    if (name.startsWith(".") && !pattern.startsWith(".")) {
      return false;
    }
    return match(pattern, 0, name, 0);
  }

  private static boolean match(String p, int pi, String s, int si) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        for (int k = s.length(); k >= si; k--) {
          if (match(p, pi + 1, s, k)) {
            return true;
          }
        }
        return false;
      }
      if (si >= s.length()) {
        return false;
      }
      char n = s.charAt(si);
      if (c == '?') {
        pi++;
      } else if (c == '[') {
        int end = setEnd(p, pi);
        if (end < 0) {
          if (n != '[') {
            return false; // an unclosed '[' is an ordinary character
          }
          pi++;
        } else {
          if (!inSet(p, pi + 1, end, n)) {
            return false;
          }
          pi = end + 1;
        }
      } else {
        if (c == '\\' && pi + 1 < p.length()) {
          c = p.charAt(++pi);
        }
        if (c != n) {
          return false;
        }
        pi++;
      }
      si++;
    }
    return si == s.length();
  }

  /** The index of the ']' closing the set that opens at {@code open}, or -1. */
  private static int setEnd(String p, int open) {
    int i = open + 1;
    if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
      i++;
    }
    if (i < p.length() && p.charAt(i) == ']') {
      i++; // a ']' first in the set is a member
    }
    return p.indexOf(']', i);
  }

  private static boolean inSet(String p, int from, int end, char n) {
    boolean negate = p.charAt(from) == '!' || p.charAt(from) == '^';
    int i = negate ? from + 1 : from;
    boolean found = false;
    while (i < end) {
      char lo = p.charAt(i);
      if (i + 2 < end && p.charAt(i + 1) == '-') {
        char hi = p.charAt(i + 2);
        found |= n >= lo && n <= hi;
        i += 3;
      } else {
        found |= n == lo;
        i++;
      }
    }
    return found != negate;
  }
}
