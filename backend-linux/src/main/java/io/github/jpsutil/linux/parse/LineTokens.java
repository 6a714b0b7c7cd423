package io.github.jpsutil.linux.parse;

/**
 * Whitespace-separated fields of one line of a kernel table, found by index without allocating a
 * string per field (the hot path of {@code /proc/diskstats} and friends). Reused line after line by
 * one parser call; not thread-safe.
 */
final class LineTokens {
  /** More than any kernel table this package reads (diskstats has 20 today). */
  static final int MAX = 64;

  private final String text;
  private final int[] starts = new int[MAX];
  private final int[] ends = new int[MAX];
  private int count;
  private int lineStart;
  private int lineEnd;

  LineTokens(String text) {
    this.text = text;
  }

  /**
   * Splits {@code text[from, to)} at spaces and tabs.
   *
   * @return the number of fields (fields past {@value #MAX} are counted but not addressable)
   */
  int split(int from, int to) {
    lineStart = from;
    lineEnd = to;
    count = 0;
    int i = from;
    while (i < to) {
      while (i < to && isBlank(text.charAt(i))) {
        i++;
      }
      if (i >= to) {
        break;
      }
      int start = i;
      while (i < to && !isBlank(text.charAt(i))) {
        i++;
      }
      if (count < MAX) {
        starts[count] = start;
        ends[count] = i;
      }
      count++;
    }
    return count;
  }

  int count() {
    return count;
  }

  String line() {
    return text.substring(lineStart, lineEnd);
  }

  String string(int index) {
    check(index);
    return text.substring(starts[index], ends[index]);
  }

  boolean is(int index, String expected) {
    check(index);
    int len = ends[index] - starts[index];
    return len == expected.length() && text.startsWith(expected, starts[index]);
  }

  /**
   * Field {@code index} as a non-negative decimal. Kernel counters are unsigned 64-bit; a value of
   * 2^63 or more does not fit a Java {@code long} and is an error, never a wrapped negative.
   *
   * @throws NumberFormatException naming the field when it is not a decimal in 0..2^63-1
   */
  long unsigned(int index) {
    check(index);
    return parseUnsigned(text, starts[index], ends[index]);
  }

  /** {@code text[from, to)} as a decimal in 0..2^63-1. */
  static long parseUnsigned(String text, int from, int to) {
    if (from >= to) {
      throw new NumberFormatException("empty number");
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        throw new NumberFormatException("not a decimal: '" + text.substring(from, to) + "'");
      }
      if (value > (Long.MAX_VALUE - digit) / 10) {
        throw new NumberFormatException(
            "exceeds 2^63-1 (" + Long.MAX_VALUE + "): " + text.substring(from, to));
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private void check(int index) {
    if (index < 0 || index >= Math.min(count, MAX)) {
      throw new IndexOutOfBoundsException("field " + index + " of " + count);
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
  }
}
