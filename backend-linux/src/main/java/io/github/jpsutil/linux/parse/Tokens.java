package io.github.jpsutil.linux.parse;

/**
 * A cursor over the whitespace-separated tokens of one line of kernel text. Numbers are parsed in
 * place, without substrings, because {@code /proc/stat} and {@code /proc/meminfo} are read on hot
 * paths (cpu_percent polls them).
 */
public final class Tokens {
  private final String text;
  private final String file;
  private final int begin;
  private final int end;
  private int pos;

  /** The tokens of {@code text[start, end)}; {@code file} names the source in error messages. */
  public Tokens(String text, int start, int end, String file) {
    this.text = text;
    this.begin = start;
    this.pos = start;
    this.end = end;
    this.file = file;
  }

  /** The tokens of the line of {@code text} that begins at {@code start}. */
  public static Tokens line(String text, int start, String file) {
    return new Tokens(text, start, lineEnd(text, start), file);
  }

  /** The index of the newline ending the line that contains {@code start}, or the text length. */
  public static int lineEnd(String text, int start) {
    int nl = text.indexOf('\n', start);
    return nl < 0 ? text.length() : nl;
  }

  /** Whether another token follows; skips the blanks before it. */
  public boolean hasNext() {
    while (pos < end && isBlank(text.charAt(pos))) {
      pos++;
    }
    return pos < end;
  }

  /** Skips one token. */
  public void skip() {
    if (!hasNext()) {
      throw Malformed.in(file, "line ends early: '" + lineText() + "'");
    }
    while (pos < end && !isBlank(text.charAt(pos))) {
      pos++;
    }
  }

  /** The next token as a string. */
  public String next() {
    if (!hasNext()) {
      throw Malformed.in(file, "line ends early: '" + lineText() + "'");
    }
    int start = pos;
    while (pos < end && !isBlank(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  /**
   * The next token as an unsigned decimal that must fit a {@code long}.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if the token is missing, not a number, or
   *     too large
   */
  public long nextLong() {
    if (!hasNext()) {
      throw Malformed.in(file, "number expected at the end of '" + lineText() + "'");
    }
    int start = pos;
    long v = 0;
    while (pos < end && !isBlank(text.charAt(pos))) {
      int d = text.charAt(pos) - '0';
      if (d < 0 || d > 9) {
        throw Malformed.in(file, "not a number: '" + token(start) + "'");
      }
      if (v > (Long.MAX_VALUE - d) / 10) {
        throw Malformed.in(file, "number too large: '" + token(start) + "'");
      }
      v = v * 10 + d;
      pos++;
    }
    return v;
  }

  private String token(int start) {
    int e = start;
    while (e < end && !isBlank(text.charAt(e))) {
      e++;
    }
    return text.substring(start, e);
  }

  private String lineText() {
    return text.substring(begin, end);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
}
