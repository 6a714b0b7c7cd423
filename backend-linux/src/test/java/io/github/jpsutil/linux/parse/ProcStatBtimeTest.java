package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcStatBtimeTest {
  @Test
  void findsTheBtimeLine() {
    byte[] b = Fixtures.ascii("cpu  1 2 3\nintr 5 0\nctxt 99\nbtime 1795780383\nprocesses 9\n");
    assertThat(ProcStatBtime.parse(b, b.length)).isEqualTo(1795780383L);
  }

  @Test
  void missingLineFails() {
    byte[] b = Fixtures.ascii("cpu  1 2 3\n");
    assertThatThrownBy(() -> ProcStatBtime.parse(b, b.length))
        .hasMessageContaining("no btime line");
  }
}
