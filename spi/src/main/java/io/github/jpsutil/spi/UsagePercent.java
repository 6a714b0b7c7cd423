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

  /**
   * psutil's {@code usage_percent(used, total, round_=1)}, the form its callers use.
   *
   * @param used the used amount
   * @param total the total, in the same unit
   * @return {@code used / total * 100} rounded to one decimal; 0.0 when {@code total} is 0
   */
  public static double of(long used, long total) {
    return of(used, total, 1);
  }

  /**
   * {@code usage_percent(used, total, round_=digits)}: {@code float(used) / total * 100} (Python
   * converts both to double, as here), 0.0 when {@code total} is 0.
   *
   * @param used the used amount
   * @param total the total, in the same unit
   * @param digits decimals to keep
   * @return the percentage, rounded as Python's {@code round}
   */
  public static double of(long used, long total, int digits) {
    if (total == 0) {
      return 0.0;
    }
    return round((double) used / total * 100, digits);
  }

  /**
   * Python's {@code round(x, 1)}.
   *
   * @param x the value
   * @return {@code x} rounded half-to-even to one decimal, as {@link #round}
   */
  public static double roundOne(double x) {
    return round(x, 1);
  }

  /**
   * Python's {@code round(x, digits)}: the exact binary value rounded half-to-even, so {@code
   * round(0.25, 1)} is 0.2 and {@code round(2.675, 2)} is 2.67 (the double below 2.675), where
   * {@code Math.round(x * 10) / 10.0} would give 0.3 and 2.68. NaN and infinities come back
   * unchanged, as in Python.
   *
   * @param x the value
   * @param digits decimals to keep
   * @return the rounded value
   */
  public static double round(double x, int digits) {
    if (!Double.isFinite(x)) {
      return x;
    }
    return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
  }
}
