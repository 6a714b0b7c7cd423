package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.charset.StandardCharsets;

/**
 * The one tokenizer of the Linux parsers: a cursor over the bytes of a kernel text file ({@code
 * b[0, len)}), read line by line ({@link #nextLine()}, {@link #findLine}) and, within a line, field
 * by field ({@link #nextField()}); fields separated by spaces, tabs or '\r'. Numbers (decimal,
 * signed decimal, hexadecimal, octal) are parsed in place; a {@code String} is built only when a
 * parser asks for one ({@link #string()}, {@link #line()}), so a file read on a hot path (every
 * process's {@code stat} and {@code status} in a scan, {@code /proc/stat} for cpu_percent) costs no
 * allocation but the values kept.
 *
 * <p>Every failure is a {@link MalformedDataException} naming the file and the field and quoting
 * the line, built only when it is thrown: the {@code what} arguments are constants. One cursor per
 * parse call; not thread-safe.
 */
final class TextCursor {
  private final byte[] b;
  private final int len;
  private final String file;
  private int lineStart;
  private int lineEnd;

  /** Where the next line starts ({@code len} when there is none). */
  private int nextLine;

  private boolean inLine;
  private int pos;
  private int start;
  private int end;

  /**
   * @param file the file's name for error messages, e.g. {@code "/proc/[pid]/status"}
   */
  TextCursor(byte[] b, int len, String file) {
    if (len < 0 || len > b.length) {
      throw new IllegalArgumentException("length " + len + " outside a buffer of " + b.length);
    }
    this.b = b;
    this.len = len;
    this.file = file;
  }

  /** A cursor over the UTF-8 bytes of {@code text} (callers that hold the file as a String). */
  static TextCursor of(String text, String file) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new TextCursor(bytes, bytes.length, file);
  }

  // ---- lines ----

  /** Moves to the next line (the first on the first call); false when there is none. */
  boolean nextLine() {
    if (nextLine >= len) {
      inLine = false;
      return false;
    }
    int s = nextLine;
    int e = s;
    while (e < len && b[e] != '\n') {
      e++;
    }
    setLine(s, e);
    nextLine = e + 1;
    return true;
  }

  /**
   * Takes the whole buffer, but for one final '\n', as the current line: for a one-line file whose
   * text may hold a newline of its own (a command name in {@code /proc/[pid]/stat} may).
   */
  void wholeAsLine() {
    int e = len > 0 && b[len - 1] == '\n' ? len - 1 : len;
    setLine(0, e);
    nextLine = len;
  }

  /**
   * Moves to the first line of the buffer that starts with {@code key} (which includes its colon,
   * as {@code "Uid:"}, so {@code "Pss:"} does not match {@code "Pss_Anon:"}), positioned just after
   * it; false, and the cursor unchanged, when no line does.
   */
  boolean findLine(byte[] key) {
    int s = 0;
    while (s < len) {
      int e = s;
      while (e < len && b[e] != '\n') {
        e++;
      }
      if (startsWith(s, e, key)) {
        setLine(s, e);
        nextLine = e + 1;
        pos = s + key.length;
        return true;
      }
      s = e + 1;
    }
    return false;
  }

  /** Whether the current line starts with {@code prefix}. */
  boolean lineStartsWith(byte[] prefix) {
    return startsWith(lineStart, lineEnd, prefix);
  }

  /**
   * Whether the line, from its first non-blank byte, starts with the ASCII {@code prefix} in any
   * case (psutil lowercases {@code /proc/cpuinfo} keys).
   */
  boolean lineStartsWithIgnoreCase(String prefix) {
    int at = lineStart;
    while (at < lineEnd && isBlank(b[at])) {
      at++;
    }
    if (lineEnd - at < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      int x = b[at + i];
      int y = prefix.charAt(i);
      if (x != y && Character.toLowerCase(x) != Character.toLowerCase(y)) {
        return false;
      }
    }
    return true;
  }

  /** The index of the first {@code c} in the current line at or after the cursor, or -1. */
  int indexInLine(char c) {
    for (int i = pos; i < lineEnd; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the current line holds nothing but blanks. */
  boolean lineIsBlank() {
    for (int i = lineStart; i < lineEnd; i++) {
      if (!isBlank(b[i])) {
        return false;
      }
    }
    return true;
  }

  int lineStart() {
    return lineStart;
  }

  int lineEnd() {
    return lineEnd;
  }

  /** The current line as text. */
  String line() {
    return new String(b, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
  }

  /** Continues the field scan of the current line at {@code position}. */
  TextCursor moveTo(int position) {
    pos = Math.max(lineStart, Math.min(position, lineEnd));
    return this;
  }

  // ---- fields ----

  /** Moves to the next field of the line; false (and the field unchanged) when there is none. */
  boolean nextField() {
    int p = pos;
    while (p < lineEnd && isBlank(b[p])) {
      p++;
    }
    if (p >= lineEnd) {
      pos = p;
      return false;
    }
    int e = p;
    while (e < lineEnd && !isBlank(b[e])) {
      e++;
    }
    start = p;
    end = e;
    pos = e;
    return true;
  }

  /** Moves to the next field, or fails naming the missing field. */
  TextCursor field(String what) {
    if (!nextField()) {
      throw malformed("missing field '" + what + "'");
    }
    return this;
  }

  /**
   * Makes the rest of the line, blanks around it trimmed, the current field (a value that may hold
   * blanks, such as a CPU list or a mount's options); false when only blanks are left.
   */
  boolean restOfLine() {
    int p = pos;
    while (p < lineEnd && isBlank(b[p])) {
      p++;
    }
    int e = lineEnd;
    while (e > p && isBlank(b[e - 1])) {
      e--;
    }
    start = p;
    end = e;
    pos = lineEnd;
    return p < e;
  }

  /** Moves over {@code n} fields the caller does not need. */
  TextCursor skip(int n, String what) {
    for (int i = 0; i < n; i++) {
      field(what);
    }
    return this;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /** The buffer itself, for decoders that take a byte range (names, paths). */
  byte[] bytes() {
    return b;
  }

  byte at(int index) {
    return b[index];
  }

  /** Whether the current field is exactly {@code s} (ASCII). */
  boolean fieldIs(String s) {
    if (end - start != s.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[start + i] != (byte) s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The current field as text. */
  String string() {
    return string(start, end);
  }

  /** {@code b[from, to)} as UTF-8 text. */
  String string(int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  /** The next field as text. */
  String nextString(String what) {
    return field(what).string();
  }

  // ---- numbers ----

  /** The current field as an unsigned decimal that fits a signed long. */
  long decimal(String what) {
    return decimal(start, end, what);
  }

  /** The next field as an unsigned decimal. */
  long nextDecimal(String what) {
    return field(what).decimal(what);
  }

  /** The current field as a decimal with an optional leading '-' (%d/%ld fields). */
  long signedDecimal(String what) {
    return signedDecimal(start, end, what);
  }

  /** The next field as a signed decimal. */
  long nextSignedDecimal(String what) {
    return field(what).signedDecimal(what);
  }

  /**
   * {@code b[from, to)} as an unsigned decimal. Kernel counters are unsigned 64-bit; 2^63 or more
   * does not fit a Java {@code long} and is an error, never a wrapped negative.
   */
  long decimal(int from, int to, String what) {
    if (from >= to) {
      throw malformed("missing number in field '" + what + "'");
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        throw malformed("field '" + what + "' is not a number: '" + ascii(from, to) + "'");
      }
      if (v > (Long.MAX_VALUE - d) / 10) {
        throw malformed(
            "field '" + what + "' is too large (exceeds 2^63-1): '" + ascii(from, to) + "'");
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** {@code b[from, to)} as a decimal with an optional leading '-'. */
  long signedDecimal(int from, int to, String what) {
    if (from < to && b[from] == '-') {
      return -decimal(from + 1, to, what);
    }
    return decimal(from, to, what);
  }

  /**
   * The current field as an unsigned hexadecimal number of 1 to {@code maxDigits} (≤ 15) digits.
   */
  long hex(int maxDigits, String what) {
    return hex(start, end, maxDigits, what);
  }

  /** {@code b[from, to)} as an unsigned hexadecimal number of 1 to {@code maxDigits} digits. */
  long hex(int from, int to, int maxDigits, String what) {
    if (from >= to || to - from > maxDigits) {
      throw malformed(
          "field '" + what + "' is not 1-" + maxDigits + " hex digits: '" + ascii(from, to) + "'");
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = Character.digit(b[i], 16);
      if (d < 0) {
        throw malformed("field '" + what + "' is not hexadecimal: '" + ascii(from, to) + "'");
      }
      v = (v << 4) | d;
    }
    return v;
  }

  /** The current field as an octal number (fdinfo flags). */
  long octal(String what) {
    if (start >= end) {
      throw malformed("missing number in field '" + what + "'");
    }
    long v = 0;
    for (int i = start; i < end; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 7) {
        throw malformed("field '" + what + "' is not an octal number: '" + ascii(start, end) + "'");
      }
      if (v > (Long.MAX_VALUE >> 3)) {
        throw malformed(
            "field '" + what + "' is too large (exceeds 2^63-1): '" + ascii(start, end) + "'");
      }
      v = (v << 3) | d;
    }
    return v;
  }

  /**
   * The first number after {@code key} on the first line that starts with it, e.g. 1708 for {@code
   * "VmHWM:\t 1708 kB"}; -1 when no line starts with {@code key}.
   */
  long numberAfterKey(byte[] key, String what) {
    if (!findLine(key)) {
      return -1;
    }
    return nextDecimal(what);
  }

  /** As {@link #numberAfterKey}, but a missing line is malformed data. */
  long requiredNumberAfterKey(byte[] key, String what) {
    long v = numberAfterKey(key, what);
    if (v < 0) {
      throw Malformed.in(file, "no " + what + " line");
    }
    return v;
  }

  // ---- errors ----

  /** An error naming the file and quoting the current line. */
  MalformedDataException malformed(String what) {
    String line = inLine ? " in line '" + ascii(lineStart, lineEnd) + "'" : "";
    return Malformed.in(file, what + line);
  }

  /** A printable ASCII rendering of a range (at most 80 bytes), for error messages. */
  String ascii(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < Math.min(to, from + 80); i++) {
      int c = b[i] & 0xff;
      sb.append(c >= 0x20 && c < 0x7f ? (char) c : '?');
    }
    return to - from > 80 ? sb + "..." : sb.toString();
  }

  /** {@code s} as the ASCII bytes of a key such as {@code "Uid:"}. */
  static byte[] key(String s) {
    byte[] k = new byte[s.length()];
    for (int i = 0; i < k.length; i++) {
      k[i] = (byte) s.charAt(i);
    }
    return k;
  }

  private void setLine(int s, int e) {
    lineStart = s;
    lineEnd = e;
    pos = s;
    start = s;
    end = s;
    inLine = true;
  }

  private boolean startsWith(int at, int lineEnd, byte[] prefix) {
    if (lineEnd - at < prefix.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (b[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(byte c) {
    return c == ' ' || c == '\t' || c == '\r';
  }
}
