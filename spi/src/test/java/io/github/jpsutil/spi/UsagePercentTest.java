package io.github.jpsutil.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Expected values are what CPython 3 prints for the same expressions ({@code
 * psutil._common.usage_percent}, {@code round}).
 */
class UsagePercentTest {
  @Test
  void roundsLikePythonsRoundOnTheExactBinaryValue() {
    // round(0.25, 1) == 0.2 (half-even, 0.25 is exact); round(0.35, 1) == 0.3 (0.35 is below .35)
    assertThat(UsagePercent.roundOne(0.25)).isEqualTo(0.2);
    assertThat(UsagePercent.roundOne(0.35)).isEqualTo(0.3);
    assertThat(UsagePercent.roundOne(0.15)).isEqualTo(0.1);
    // round(2.675, 2) == 2.67
    assertThat(UsagePercent.round(2.675, 2)).isEqualTo(2.67);
    // round(0.45, 1) == 0.5, round(12.25, 1) == 12.2, round(99.95, 1) == 100.0
    assertThat(UsagePercent.roundOne(0.45)).isEqualTo(0.5);
    assertThat(UsagePercent.roundOne(12.25)).isEqualTo(12.2);
    assertThat(UsagePercent.roundOne(99.95)).isEqualTo(100.0);
  }

  @Test
  void usagePercentAsPsutil() {
    // usage_percent(1, 3, 1) == 33.3; usage_percent(2, 3, 1) == 66.7; usage_percent(1, 8, 1) ==
    // 12.5
    assertThat(UsagePercent.of(1, 3)).isEqualTo(33.3);
    assertThat(UsagePercent.of(2, 3)).isEqualTo(66.7);
    assertThat(UsagePercent.of(1, 8)).isEqualTo(12.5);
    // usage_percent(1, 400, 1): 0.25 -> 0.2
    assertThat(UsagePercent.of(1, 400)).isEqualTo(0.2);
    // 0.75 -> 0.8; 303864 / 24684100 * 100 = 1.231 -> 1.2; 100.0
    assertThat(UsagePercent.of(3, 400)).isEqualTo(0.8);
    assertThat(UsagePercent.of(303864, 24684100)).isEqualTo(1.2);
    assertThat(UsagePercent.of(5, 5)).isEqualTo(100.0);
    // usage_percent(1, 3, 2) == 33.33
    assertThat(UsagePercent.of(1, 3, 2)).isEqualTo(33.33);
  }

  @Test
  void aZeroTotalIsZeroPercent() {
    assertThat(UsagePercent.of(5, 0)).isEqualTo(0.0);
    assertThat(UsagePercent.of(0, 0)).isEqualTo(0.0);
  }

  @Test
  void nonFiniteValuesPassThrough() {
    assertThat(UsagePercent.round(Double.NaN, 1)).isNaN();
    assertThat(UsagePercent.round(Double.POSITIVE_INFINITY, 1)).isEqualTo(Double.POSITIVE_INFINITY);
  }
}
