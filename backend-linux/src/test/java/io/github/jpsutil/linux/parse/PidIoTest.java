package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MalformedDataException;
import org.junit.jupiter.api.Test;

class PidIoTest {
  @Test
  void mapsKernelNamesToPsutilFields() {
    byte[] b = Fixtures.bytes("proc-io/io");
    assertThat(PidIo.parse(b, b.length))
        .isEqualTo(new IoCounters.Linux(10, 2, 4096, 8192, 6976, 120));
  }

  @Test
  void emptyOrIncompleteFileFailsClearly() {
    assertThatThrownBy(() -> PidIo.parse(new byte[0], 0)).hasMessageContaining("empty");
    byte[] partial = Fixtures.ascii("rchar: 1\nwchar: 2\nsyscr: 3\n");
    assertThatThrownBy(() -> PidIo.parse(partial, partial.length))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("'syscw'");
  }
}
