package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTest {
  @Test
  void roundsLikePythonRoundToOneDecimal() {
    // Expected values are Python 3's round(used / total * 100, 1).
    assertThat(Percent.of(1, 400)).isEqualTo(0.2); // 0.25 → 0.2 (half-even; Math.round says 0.3)
    assertThat(Percent.of(3, 400)).isEqualTo(0.8); // 0.75 → 0.8
    assertThat(Percent.of(1, 3)).isEqualTo(33.3);
    assertThat(Percent.of(2, 3)).isEqualTo(66.7);
    assertThat(Percent.of(303864, 24684100)).isEqualTo(1.2);
    assertThat(Percent.of(5, 5)).isEqualTo(100.0);
  }

  @Test
  void zeroTotalIsZeroPercent() {
    assertThat(Percent.of(0, 0)).isZero();
  }

  /**
   * As Python's round(): non-finite values pass through (BigDecimal threw; the fuzzer found it).
   */
  @Test
  void nonFiniteValuesPassThroughRounding() {
    assertThat(Percent.round1(Double.NaN)).isNaN();
    assertThat(Percent.round1(Double.POSITIVE_INFINITY)).isInfinite();
  }
}
