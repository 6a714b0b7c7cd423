package io.github.jpsutil.windows.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** psutil's {@code usage_percent(used, total, round_=1)}. */
final class UsagePercent {
  private UsagePercent() {}

  /**
   * {@code used / total * 100} rounded to one decimal as Python's {@code round} does (half-even on
   * the exact binary value); 0 when {@code total} is 0, as psutil.
   */
  static double of(long used, long total) {
    if (total == 0) {
      return 0.0;
    }
    return roundOne((double) used / total * 100);
  }

  /** Python's {@code round(x, 1)}. */
  static double roundOne(double x) {
    return new BigDecimal(x).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
  }
}
