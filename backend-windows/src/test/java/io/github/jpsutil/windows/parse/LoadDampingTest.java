package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.api.LoadAverage;
import org.junit.jupiter.api.Test;

/**
 * The damping arithmetic against values worked out by hand from e^(-5/60), e^(-5/300), e^(-5/900)
 * (tolerance 1e-12, rounding error of a few double operations).
 */
class LoadDampingTest {
  private static final double EPS = 1e-12;

  /** Linux loadavg.h: EXP_1 = 1884, EXP_5 = 2014, EXP_15 = 2037 in 11-bit fixed point. */
  @Test
  void factorsAreLinuxs() {
    assertThat(Math.round(LoadDamping.FACTOR_1 * 2048)).isEqualTo(1884);
    assertThat(Math.round(LoadDamping.FACTOR_5 * 2048)).isEqualTo(2014);
    assertThat(Math.round(LoadDamping.FACTOR_15 * 2048)).isEqualTo(2037);
  }

  /** One sample of 1 from zero moves each average by 1 - e^(-5/window). */
  @Test
  void oneSampleFromZero() {
    LoadDamping d = LoadDamping.ZERO.next(1);
    assertThat(d.load1()).isCloseTo(0.07995558537067671, within(EPS));
    assertThat(d.load5()).isCloseTo(0.01652854617838251, within(EPS));
    assertThat(d.load15()).isCloseTo(0.005540151995103271, within(EPS));
    assertThat(d.rounded()).isEqualTo(new LoadAverage(0.08, 0.02, 0.01));
  }

  /** Twelve samples of 2 (one minute): load1 = 2 (1 - e^-1) = 1.2642411176571153. */
  @Test
  void oneMinuteOfConstantLoad() {
    LoadDamping d = LoadDamping.ZERO;
    for (int i = 0; i < 12; i++) {
      d = d.next(2);
    }
    assertThat(d.load1()).isCloseTo(1.2642411176571153, within(EPS));
    assertThat(d.load5()).isCloseTo(2 * (1 - Math.exp(-0.2)), within(EPS));
    assertThat(d.load15()).isCloseTo(2 * (1 - Math.exp(-1 / 15.0)), within(EPS));
    assertThat(d.rounded()).isEqualTo(new LoadAverage(1.26, 0.36, 0.13));
  }

  /** From (3, 3, 3) an idle sample decays each by its factor: 2.760133, 2.950414, 2.983380. */
  @Test
  void anIdleSampleDecays() {
    LoadDamping d = new LoadDamping(3, 3, 3).next(0);
    assertThat(d.load1()).isCloseTo(2.7601332438879697, within(EPS));
    assertThat(d.load5()).isCloseTo(2.9504143614648526, within(EPS));
    assertThat(d.load15()).isCloseTo(2.9833795440146904, within(EPS));
  }

  @Test
  void aNegativeOrNonFiniteSampleIsRejected() {
    assertThatThrownBy(() -> LoadDamping.ZERO.next(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("queueLength must be a finite count >= 0, got -1.0");
    assertThatThrownBy(() -> LoadDamping.ZERO.next(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LoadDamping.ZERO.next(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
