package io.github.jpsutil.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentBarTest {

  @Test
  void fillsInProportionAndShowsOneDecimal() {
    assertThat(PercentBar.render(50, 10)).isEqualTo("[|||||     ]  50.0%");
    assertThat(PercentBar.render(0, 4)).isEqualTo("[    ]   0.0%");
    assertThat(PercentBar.render(100, 4)).isEqualTo("[||||] 100.0%");
    assertThat(PercentBar.render(12.34, 10)).isEqualTo("[|         ]  12.3%");
    assertThat(PercentBar.render(14.9, 10)).isEqualTo("[|         ]  14.9%");
    assertThat(PercentBar.render(15.0, 10)).isEqualTo("[||        ]  15.0%");
  }

  @Test
  void clampsTheBarButShowsTheRealValue() {
    assertThat(PercentBar.render(120, 4)).isEqualTo("[||||] 120.0%");
    assertThat(PercentBar.render(-5, 4)).isEqualTo("[    ]  -5.0%");
    assertThat(PercentBar.render(Double.NaN, 4)).isEqualTo("[    ]   NaN%");
  }

  @Test
  void rejectsAZeroWidth() {
    assertThatThrownBy(() -> PercentBar.render(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
