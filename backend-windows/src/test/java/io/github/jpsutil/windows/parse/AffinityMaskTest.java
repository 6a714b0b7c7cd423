package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** psutil's {@code from_bitmask}/{@code to_bitmask} over a 64-bit DWORD_PTR mask. */
class AffinityMaskTest {
  @Test
  void bitsAreCpus() {
    ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(0, 0b1010L).putLong(8, 0x8000_0000_0000_000FL);
    assertThat(AffinityMask.process(b)).containsExactly(1, 3);
    assertThat(AffinityMask.system(b)).containsExactly(0, 1, 2, 3, 63);
    assertThat(AffinityMask.mask(Set.of(0, 63))).isEqualTo(0x8000_0000_0000_0001L);
    assertThat(AffinityMask.mask(Set.of())).isZero();
  }

  @Test
  void aShortAnswerOrAnUnmaskableCpuIsRefused() {
    assertThatThrownBy(() -> AffinityMask.process(ByteBuffer.allocate(8)))
        .isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> AffinityMask.mask(Set.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid CPU -1");
  }
}
