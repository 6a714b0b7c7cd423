package io.github.jpsutil.linux.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** psutil's {@code usage_percent(used, total, round_=1)}. */
public final class Percent {
  private Percent() {}

  /**
   * {@code used / total * 100} rounded to one decimal the way Python's {@code round(x, 1)} does:
   * half-even on the exact binary value, so 0.25 gives 0.2 where {@code Math.round} would give 0.3.
   * A zero {@code total} gives 0.0, as psutil's ZeroDivisionError branch.
   */
  public static double of(long used, long total) {
    if (total == 0) {
      return 0.0;
    }
    return round1((double) used / total * 100);
  }

  /**
   * Python's {@code round(x, 1)}: the exact binary value rounded half-to-even, which differs from
   * {@code Math.round(x * 10) / 10.0} for values such as 0.25 or 2.675.
   */
  public static double round1(double x) {
    if (!Double.isFinite(x)) {
      return x; // as Python's round(nan, 1) and round(inf, 1); BigDecimal would throw
    }
    return new BigDecimal(x).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
  }
}
