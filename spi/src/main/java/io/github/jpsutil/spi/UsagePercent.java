package io.github.jpsutil.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * psutil's {@code _common.usage_percent(used, total, round_)}: {@code used / total * 100}, 0.0 when
 * {@code total} is 0 (psutil catches the ZeroDivisionError), rounded the way Python's {@code
 * round(x, n)} rounds. Every backend's memory, swap and disk percentages go through here, so they
 * round alike.
 */
public final class UsagePercent {
  private UsagePercent() {}

  /** {@code usage_percent(used, total, round_=1)}, the form psutil's callers use. */
  public static double of(long used, long total) {
    return of(used, total, 1);
  }

  /**
   * {@code usage_percent(used, total, round_=digits)}: {@code float(used) / total * 100} (Python
   * converts both to double, as here), 0.0 when {@code total} is 0.
   */
  public static double of(long used, long total, int digits) {
    if (total == 0) {
      return 0.0;
    }
    return round((double) used / total * 100, digits);
  }

  /** Python's {@code round(x, 1)}. */
  public static double roundOne(double x) {
    return round(x, 1);
  }

  /**
   * Python's {@code round(x, digits)}: the exact binary value rounded half-to-even, so {@code
   * round(0.25, 1)} is 0.2 and {@code round(2.675, 2)} is 2.67 (the double below 2.675), where
   * {@code Math.round(x * 10) / 10.0} would give 0.3 and 2.68. NaN and infinities come back
   * unchanged, as in Python.
   */
  public static double round(double x, int digits) {
    if (!Double.isFinite(x)) {
      return x;
    }
    return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
  }
}
