package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;

/**
 * Index-based scanning of procfs bytes: ASCII numbers, whitespace-separated tokens and {@code Key:}
 * lines, without building strings, regexes or split arrays (these run once per process per file on
 * the hot paths).
 */
final class ProcText {
  private ProcText() {}

  static boolean isBlank(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** The first index in [from, end) that is not a blank, or {@code end}. */
  static int skipBlanks(byte[] b, int from, int end) {
    int i = from;
    while (i < end && isBlank(b[i])) {
      i++;
    }
    return i;
  }

  /** The first index in [from, end) that is a blank, or {@code end}. */
  static int tokenEnd(byte[] b, int from, int end) {
    int i = from;
    while (i < end && !isBlank(b[i])) {
      i++;
    }
    return i;
  }

  /** The index of the end of the line starting at or before {@code from} ('\n' or {@code end}). */
  static int lineEnd(byte[] b, int from, int end) {
    int i = from;
    while (i < end && b[i] != '\n') {
      i++;
    }
    return i;
  }

  /**
   * The index just after {@code key} where a line of {@code b[0, end)} starts with it, or -1.
   * {@code key} includes its colon ({@code "Uid:"}), so {@code "Pss:"} does not match {@code
   * "Pss_Anon:"}.
   */
  static int valueAfterKey(byte[] b, int end, byte[] key) {
    int lineStart = 0;
    while (lineStart < end) {
      if (startsWith(b, lineStart, end, key)) {
        return lineStart + key.length;
      }
      lineStart = lineEnd(b, lineStart, end) + 1;
    }
    return -1;
  }

  static boolean startsWith(byte[] b, int at, int end, byte[] prefix) {
    if (end - at < prefix.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (b[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The unsigned decimal number in {@code b[from, to)}.
   *
   * @throws MalformedDataException if the range is empty, has a non-digit, or overflows a long
   */
  static long decimal(byte[] b, int from, int to, String what) {
    if (from >= to) {
      throw new MalformedDataException(what + ": missing number");
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        throw new MalformedDataException(what + ": not a number: '" + ascii(b, from, to) + "'");
      }
      if (v > (Long.MAX_VALUE - d) / 10) {
        throw new MalformedDataException(what + ": number too large: " + ascii(b, from, to));
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** Like {@link #decimal} but allows a leading '-' (fields the kernel prints with %d/%ld). */
  static long signedDecimal(byte[] b, int from, int to, String what) {
    if (from < to && b[from] == '-') {
      return -decimal(b, from + 1, to, what);
    }
    return decimal(b, from, to, what);
  }

  /** The octal number in {@code b[from, to)} (fdinfo flags). */
  static long octal(byte[] b, int from, int to, String what) {
    if (from >= to) {
      throw new MalformedDataException(what + ": missing number");
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 7) {
        throw new MalformedDataException(
            what + ": not an octal number: '" + ascii(b, from, to) + "'");
      }
      if (v > (Long.MAX_VALUE >> 3)) {
        throw new MalformedDataException(what + ": number too large: " + ascii(b, from, to));
      }
      v = (v << 3) | d;
    }
    return v;
  }

  /**
   * The first number after {@code key} on the line that starts with it (blanks skipped), e.g. 1708
   * for {@code "VmHWM:\t 1708 kB"}.
   *
   * @return the number, or -1 when no line starts with {@code key}
   */
  static long numberAfterKey(byte[] b, int end, byte[] key, String what) {
    int at = valueAfterKey(b, end, key);
    if (at < 0) {
      return -1;
    }
    int start = skipBlanks(b, at, end);
    return decimal(b, start, tokenEnd(b, start, end), what);
  }

  /** A printable ASCII rendering of a short range, for error messages. */
  static String ascii(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < Math.min(to, from + 40); i++) {
      int c = b[i] & 0xff;
      sb.append(c >= 0x20 && c < 0x7f ? (char) c : '?');
    }
    return to - from > 40 ? sb + "..." : sb.toString();
  }

  static byte[] key(String s) {
    byte[] k = new byte[s.length()];
    for (int i = 0; i < k.length; i++) {
      k[i] = (byte) s.charAt(i);
    }
    return k;
  }
}
