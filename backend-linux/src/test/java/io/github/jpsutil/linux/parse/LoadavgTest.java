package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.api.MalformedDataException;
import org.junit.jupiter.api.Test;

class LoadavgTest {
  @Test
  void theFirstThreeFieldsAreTheAverages() {
    assertThat(Loadavg.parse("0.29 0.22 0.09 1/89 7270\n"))
        .isEqualTo(new LoadAverage(0.29, 0.22, 0.09));
    assertThat(Loadavg.parse("123.45 0.00 7.50 10/900 1\n").load1()).isEqualTo(123.45);
  }

  @Test
  void malformedInputsAreErrors() {
    assertThatThrownBy(() -> Loadavg.parse("0.29 0.22\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/proc/loadavg");
    assertThatThrownBy(() -> Loadavg.parse("0.29 abc 0.1 1/2 3\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("'abc'");
    assertThatThrownBy(() -> Loadavg.parse("-1 0 0 1/2 3\n"))
        .isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> Loadavg.parse("NaN 0 0 1/2 3\n"))
        .isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> Loadavg.parse("")).isInstanceOf(MalformedDataException.class);
  }
}
