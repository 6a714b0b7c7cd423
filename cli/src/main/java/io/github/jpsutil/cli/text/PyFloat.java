package io.github.jpsutil.cli.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double the way Python's {@code repr(float)} does, so that jpsutil's JSON and tables
 * read like psutil's: the shortest digits that round-trip, positional notation ({@code 0.0001},
 * {@code 1234567890123456.0}) while the decimal exponent is within -4..15, scientific ({@code
 * 1e-05}, {@code 1.5e+16}) outside it. Java's own {@code Double.toString} switches to exponent
 * notation already at 10^7, which makes byte counts and epoch seconds unreadable.
 *
 * <p>The digits are searched for here rather than taken from {@code Double.toString}: before JDK 19
 * that method sometimes returns more digits than needed (JDK-4511638: {@code 4.9E-324} where {@code
 * 5e-324} round-trips), and the output must not depend on the JDK.
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
    String fast = fewPlaces(value);
    return fast != null ? fast : exactRepr(value);
  }

  /** The repr of a positive finite {@code value} by the exact search over BigDecimals. */
  static String exactRepr(double value) {
    BigDecimal exact = shortest(value).stripTrailingZeros();
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

  /** 10^0 … 10^22: every one is exact as a double. */
  private static final double[] POW10 = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  /** 2^53: below it every integer is exact as a double. */
  private static final double EXACT_INTEGERS = 0x1p53;

  /**
   * The repr of {@code value} (positive, within 1e-4 .. 2^53, where repr is positional) without
   * BigDecimal, or null to leave it to the exact search; ps and snapshot print thousands of such
   * values (CPU seconds, epoch seconds, percentages), and the exact search costs ~50× more.
   *
   * <p>For k = 0, 1, … decimal places: c / 10^k with c and 10^k exact doubles is one correctly
   * rounded division, so it equals {@code value} exactly when the decimal c·10^-k parses back to
   * {@code value}. The decimals of k places that parse back form an interval around value·10^k, so
   * if any does, the one closest to it is the floor or the ceiling of value·10^k, both within 1 of
   * m = round(value·10^k) as computed. The first k with a hit among m-1, m, m+1 is therefore the
   * fewest decimal places, which within this range is the fewest significant digits; when that hit
   * is alone it is also the closest. Two hits (a near tie) go to the exact search.
   */
  static String fewPlaces(double value) {
    if (!(value >= 1e-4 && value < EXACT_INTEGERS)) {
      return null;
    }
    for (int k = 0; k < 18; k++) {
      double scale = POW10[k];
      double scaled = value * scale;
      if (scaled >= EXACT_INTEGERS / 2) {
        return null; // c ± 1 must stay exact
      }
      long m = Math.round(scaled);
      long hit = -1;
      for (long c = Math.max(1, m - 1); c <= m + 1; c++) {
        if (c / scale == value) {
          if (hit >= 0) {
            return null;
          }
          hit = c;
        }
      }
      if (hit >= 0) {
        return placed(Long.toString(hit), k);
      }
    }
    return null;
  }

  /** {@code digits} with a decimal point {@code places} from the right; ".0" when none. */
  private static String placed(String digits, int places) {
    if (places == 0) {
      return digits + ".0";
    }
    int intDigits = digits.length() - places;
    StringBuilder sb = new StringBuilder(digits.length() + 6);
    if (intDigits > 0) {
      sb.append(digits, 0, intDigits).append('.').append(digits, intDigits, digits.length());
    } else {
      sb.append("0.");
      for (int i = intDigits; i < 0; i++) {
        sb.append('0');
      }
      sb.append(digits);
    }
    return sb.toString();
  }

  /**
   * The decimal with the fewest significant digits that parses back to {@code value}, the closest
   * to it among those. Whether some p-digit decimal round-trips is monotonic in p (a longer one can
   * always lie between the shorter one and the value), so p is found by bisection over 1..17; 17
   * digits always suffice for a double.
   */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    int lo = 1;
    int hi = 17;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (roundTripping(exact, value, mid) != null) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return roundTripping(exact, value, lo);
  }

  /**
   * Of the two {@code digits}-digit decimals next to {@code exact} (rounded down and up), the one
   * that parses back to {@code value}, the nearer if both do (a tie goes to the even last digit, as
   * Python's dtoa does: 666972920135313.25 prints as ...313.2); null if neither. Both are tried
   * because just above a power of two the interval of decimals that round to {@code value} is twice
   * as wide on one side as on the other.
   */
  private static BigDecimal roundTripping(BigDecimal exact, double value, int digits) {
    BigDecimal down = exact.round(new MathContext(digits, RoundingMode.FLOOR));
    BigDecimal up = exact.round(new MathContext(digits, RoundingMode.CEILING));
    boolean downOk = down.doubleValue() == value;
    boolean upOk = up.doubleValue() == value;
    if (downOk && upOk) {
      int cmp = exact.subtract(down).compareTo(up.subtract(exact));
      return cmp < 0
          ? down
          : cmp > 0 ? up : exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }
    return downOk ? down : upOk ? up : null;
  }
}
