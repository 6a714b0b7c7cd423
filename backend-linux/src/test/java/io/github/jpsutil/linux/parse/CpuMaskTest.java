package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@code cpu_set_t}: unsigned longs, CPU n at bit n % 64 of word n / 64, in native order. */
class CpuMaskTest {
  private static ByteBuffer words(ByteOrder order, long... words) {
    ByteBuffer b = ByteBuffer.allocate(words.length * 8).order(order);
    for (long w : words) {
      b.putLong(w);
    }
    return b.flip();
  }

  @Test
  void decodesBitsAcrossWordsInEitherByteOrder() {
    for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
      assertThat(CpuMask.decode(words(order, 0b1011L, 0L, 1L << 63 | 1L)))
          .containsExactly(0, 1, 3, 128, 191);
    }
    // Little-endian bytes as x86 stores them: CPU 8 is bit 0 of byte 1.
    ByteBuffer le =
        ByteBuffer.wrap(new byte[] {0, 1, 0, 0, 0, 0, 0, 0}).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(CpuMask.decode(le)).containsExactly(8);
    assertThat(CpuMask.decode(words(ByteOrder.LITTLE_ENDIAN, 0L, 0L))).isEmpty();
  }

  @Test
  void decodesAWholeThousandCpuMask() {
    assertThat(
            CpuMask.decode(
                words(
                    ByteOrder.nativeOrder(),
                    -1L,
                    -1L,
                    -1L,
                    -1L,
                    -1L,
                    -1L,
                    -1L,
                    -1L,
                    -1L,
                    -1L,
                    -1L,
                    -1L,
                    -1L,
                    -1L,
                    -1L,
                    -1L)))
        .hasSize(1024)
        .startsWith(0)
        .endsWith(1023);
  }

  @Test
  void encodesTheSmallestWholeWordMask() {
    byte[] one = CpuMask.encode(Set.of(0), ByteOrder.LITTLE_ENDIAN);
    assertThat(one).containsExactly(1, 0, 0, 0, 0, 0, 0, 0);
    byte[] wide = CpuMask.encode(Set.of(1, 64, 130), ByteOrder.BIG_ENDIAN);
    assertThat(wide).hasSize(24);
    assertThat(CpuMask.decode(ByteBuffer.wrap(wide).order(ByteOrder.BIG_ENDIAN)))
        .containsExactly(1, 64, 130);
    Set<Integer> many = new TreeSet<>();
    for (int i = 0; i < 5000; i += 7) {
      many.add(i);
    }
    byte[] big = CpuMask.encode(many, ByteOrder.nativeOrder());
    assertThat(CpuMask.decode(ByteBuffer.wrap(big).order(ByteOrder.nativeOrder()))).isEqualTo(many);
  }

  @Test
  void malformedInputsAreRefused() {
    assertThatThrownBy(() -> CpuMask.decode(ByteBuffer.allocate(12)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("multiple of 8");
    assertThatThrownBy(() -> CpuMask.encode(Set.of(), ByteOrder.nativeOrder()))
        .hasMessageContaining("cpus");
    assertThatThrownBy(() -> CpuMask.encode(Set.of(2, -1), ByteOrder.nativeOrder()))
        .hasMessageContaining("cpus")
        .hasMessageContaining("-1");
  }
}
