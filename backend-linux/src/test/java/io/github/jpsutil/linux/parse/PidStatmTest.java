package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import org.junit.jupiter.api.Test;

class PidStatmTest {
  @Test
  void fieldsArePagesTimesPageSizeInPsutilOrder() {
    byte[] b = Fixtures.bytes("proc-running/statm"); // 765 427 398 5 0 123 0
    MemoryInfo.Linux m = PidStatm.parse(b, b.length, 4096);
    assertThat(m.vms()).isEqualTo(765L * 4096);
    assertThat(m.rss()).isEqualTo(427L * 4096);
    assertThat(m.shared()).isEqualTo(398L * 4096);
    assertThat(m.text()).isEqualTo(5L * 4096);
    assertThat(m.data()).isEqualTo(123L * 4096);
  }

  @Test
  void zombieIsAllZero() {
    byte[] b = Fixtures.bytes("proc-zombie/statm");
    assertThat(PidStatm.parse(b, b.length, 4096).asMap().values()).containsOnly(0L);
  }

  @Test
  void truncatedOrGarbageFailsClearly() {
    byte[] cut = Fixtures.ascii("765 427 398\n");
    assertThatThrownBy(() -> PidStatm.parse(cut, cut.length, 4096))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("missing field 'text'");
    byte[] bad = Fixtures.ascii("765 4x7 398 5 0 123 0\n");
    assertThatThrownBy(() -> PidStatm.parse(bad, bad.length, 4096))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("4x7");
  }

  @Test
  void overflowingByteCountIsAnErrorNotAWrap() {
    byte[] huge = Fixtures.ascii("9223372036854775 1 1 1 0 1 0\n");
    // MalformedDataException, which the reading layer turns into an UncheckedIOException naming the
    // file; an ArithmeticException escaped memoryInfo() undocumented (reliability suite's fuzzer).
    assertThatThrownBy(() -> PidStatm.parse(huge, huge.length, 4096))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("overflow");
  }
}
