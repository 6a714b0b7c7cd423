package io.github.jpsutil.linux.parse;

/**
 * Walks the whitespace-separated fields of one line of a kernel table without splitting or
 * substring allocation: {@link #next()} moves to the next field and {@link #start()}/{@link #end()}
 * bound it within the text. Numbers are parsed in place. One cursor is reused for every line of a
 * file, so a parser allocates only for the values it keeps.
 */
final class FieldCursor {
  private final String text;
  private final String file;
  private int lineStart;
  private int lineEnd;
  private int pos;
  private int start;
  private int end;

  /**
   * @param text the whole file
   * @param file the file's name for error messages, e.g. {@code "/proc/net/tcp"}
   */
  FieldCursor(String text, String file) {
    this.text = text;
    this.file = file;
  }

  /** Points the cursor at the line {@code [lineStart, lineEnd)}, before its first field. */
  FieldCursor line(int lineStart, int lineEnd) {
    this.lineStart = lineStart;
    this.lineEnd = lineEnd;
    this.pos = lineStart;
    this.start = lineStart;
    this.end = lineStart;
    return this;
  }

  /** Continues scanning at {@code position} within the current line. */
  FieldCursor at(int position) {
    this.pos = position;
    return this;
  }

  /** Moves to the next field; false (and the cursor unchanged) when the line has no more. */
  boolean next() {
    int p = pos;
    while (p < lineEnd && isBlank(text.charAt(p))) {
      p++;
    }
    if (p >= lineEnd) {
      return false;
    }
    int e = p;
    while (e < lineEnd && !isBlank(text.charAt(e))) {
      e++;
    }
    start = p;
    end = e;
    pos = e;
    return true;
  }

  /** Moves to the next field or fails naming the missing field. */
  FieldCursor require(String field) {
    if (!next()) {
      throw malformed("missing field '" + field + "'");
    }
    return this;
  }

  /** Moves over {@code n} fields that the caller does not need. */
  FieldCursor skip(int n, String what) {
    for (int i = 0; i < n; i++) {
      require(what);
    }
    return this;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String text() {
    return text;
  }

  /** The current field as an unsigned decimal number. */
  long unsignedDecimal(String field) {
    return unsignedDecimal(start, end, field);
  }

  /** {@code [from, to)} of the text as an unsigned decimal number that fits a signed long. */
  long unsignedDecimal(int from, int to, String field) {
    if (from >= to) {
      throw malformed("empty number in field '" + field + "'");
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = text.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw malformed("field '" + field + "' is not a decimal number: '" + slice(from, to) + "'");
      }
      if (v > (Long.MAX_VALUE - d) / 10) {
        throw malformed("field '" + field + "' exceeds 2^63-1: '" + slice(from, to) + "'");
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** {@code [from, to)} as an unsigned hexadecimal number of at most 8 digits (a u32). */
  long hex32(int from, int to, String field) {
    if (from >= to || to - from > 8) {
      throw malformed("field '" + field + "' is not 1-8 hex digits: '" + slice(from, to) + "'");
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = Character.digit(text.charAt(i), 16);
      if (d < 0) {
        throw malformed("field '" + field + "' is not hexadecimal: '" + slice(from, to) + "'");
      }
      v = (v << 4) | d;
    }
    return v;
  }

  /** An error naming the file and quoting the current line. */
  io.github.jpsutil.api.MalformedDataException malformed(String what) {
    return Malformed.in(file, what + " in line '" + slice(lineStart, lineEnd) + "'");
  }

  private String slice(int from, int to) {
    return text.substring(from, to);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
  }
}
