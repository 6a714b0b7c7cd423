package io.github.jpsutil.linux.parse;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The numbers in one-value sysfs attributes ({@code temp1_input}, {@code energy_now}, …), read the
 * way psutil reads them with Python's {@code int()} and {@code float()}: surrounding ASCII
 * whitespace (the trailing newline) is ignored, anything else that is not a number is malformed.
 *
 * <p>Narrower than Python on purpose: no {@code _} digit separators, no {@code nan}/{@code inf},
 * and integers must fit in 64 bits. The kernel writes none of these ({@code sysfs_emit(buf,
 * "%d\n")} and friends), so text that uses them is treated as malformed rather than guessed at.
 */
public final class SysfsNumber {
  private SysfsNumber() {}

  /** A decimal integer such as {@code "-12\n"}; empty if the text is not one or overflows. */
  public static OptionalLong integer(String text) {
    int start = firstNonBlank(text);
    int end = lastNonBlank(text) + 1;
    if (start >= end) {
      return OptionalLong.empty();
    }
    int i = start;
    boolean negative = false;
    char c = text.charAt(i);
    if (c == '+' || c == '-') {
      negative = c == '-';
      i++;
    }
    if (i == end) {
      return OptionalLong.empty();
    }
    long value = 0;
    for (; i < end; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return OptionalLong.empty();
      }
      // Accumulate negatively so that Long.MIN_VALUE is representable.
      if (value < (Long.MIN_VALUE + digit) / 10) {
        return OptionalLong.empty();
      }
      value = value * 10 - digit;
    }
    if (!negative) {
      if (value == Long.MIN_VALUE) {
        return OptionalLong.empty();
      }
      value = -value;
    }
    return OptionalLong.of(value);
  }

  /**
   * A decimal number such as {@code "45000\n"}, {@code "-1.5"} or {@code "4.5e4"}; empty if the
   * text is not one.
   */
  public static OptionalDouble decimal(String text) {
    int start = firstNonBlank(text);
    int end = lastNonBlank(text) + 1;
    int i = start;
    if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    for (; i < end && isDigit(text.charAt(i)); i++) {
      digits++;
    }
    if (i < end && text.charAt(i) == '.') {
      for (i++; i < end && isDigit(text.charAt(i)); i++) {
        digits++;
      }
    }
    if (digits == 0) {
      return OptionalDouble.empty();
    }
    if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int expDigits = 0;
      for (; i < end && isDigit(text.charAt(i)); i++) {
        expDigits++;
      }
      if (expDigits == 0) {
        return OptionalDouble.empty();
      }
    }
    if (i != end) {
      return OptionalDouble.empty();
    }
    // The text is now known to be plain decimal syntax, which Double.parseDouble rounds exactly
    // as Python's float() does (correctly rounded).
    return OptionalDouble.of(Double.parseDouble(text.substring(start, end)));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Python's bytes.strip() whitespace: space, \t, \n, \v, \f, \r. */
  private static boolean isBlank(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static int firstNonBlank(String s) {
    int i = 0;
    while (i < s.length() && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lastNonBlank(String s) {
    int i = s.length() - 1;
    while (i >= 0 && isBlank(s.charAt(i))) {
      i--;
    }
    return i;
  }
}
