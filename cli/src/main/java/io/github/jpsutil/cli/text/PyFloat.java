package io.github.jpsutil.cli.text;

import java.math.BigDecimal;

/**
 * Formats a double the way Python's {@code repr(float)} does, so that jpsutil's JSON and tables
 * read like psutil's: the shortest digits that round-trip, positional notation ({@code 0.0001},
 * {@code 1234567890123456.0}) while the decimal exponent is within -4..15, scientific ({@code
 * 1e-05}, {@code 1.5e+16}) outside it. Java's own {@code Double.toString} switches to exponent
 * notation already at 10^7, which makes byte counts and epoch seconds unreadable.
 */
public final class PyFloat {
  private PyFloat() {}

  /**
   * The repr of a finite {@code value}; {@code nan}, {@code inf} and {@code -inf} otherwise
   * (Python's spelling).
   */
  public static String repr(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    boolean negative = Double.doubleToRawLongBits(value) < 0; // also true for -0.0
    String magnitude = positive(Math.abs(value));
    return negative ? "-" + magnitude : magnitude;
  }

  private static String positive(double value) {
    if (value == 0) {
      return "0.0";
    }
    // Double.toString yields digits that round-trip; BigDecimal exposes them without rounding.
    BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    String digits = exact.unscaledValue().toString();
    int exponent = digits.length() - 1 - exact.scale();
    if (exponent < -4 || exponent >= 16) {
      StringBuilder sb = new StringBuilder(digits.length() + 6);
      sb.append(digits.charAt(0));
      if (digits.length() > 1) {
        sb.append('.').append(digits, 1, digits.length());
      }
      sb.append('e').append(exponent < 0 ? '-' : '+');
      int abs = Math.abs(exponent);
      if (abs < 10) {
        sb.append('0');
      }
      return sb.append(abs).toString();
    }
    String plain = exact.toPlainString();
    return plain.indexOf('.') >= 0 ? plain : plain + ".0";
  }
}
