package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Hand-written vectors in both byte orders (getauxval(3): pairs of unsigned long, AT_NULL last).
 */
class AuxvTest {
  private static byte[] vector(ByteOrder order, long... pairs) {
    ByteBuffer b = ByteBuffer.allocate(pairs.length * 8).order(order);
    for (long v : pairs) {
      b.putLong(v);
    }
    return b.array();
  }

  @Test
  void findsPageSizeAndClockTicksInEitherByteOrder() {
    for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
      // AT_SYSINFO_EHDR (33), AT_HWCAP (16), AT_PAGESZ (6), AT_CLKTCK (17), AT_NULL
      byte[] b = vector(order, 33, 0x7ffd_0000_0000L, 16, 0x178bfbffL, 6, 16384, 17, 250, 0, 0);
      assertThat(Auxv.value(b, b.length, Auxv.AT_PAGESZ, order)).isEqualTo(OptionalLong.of(16384));
      assertThat(Auxv.value(b, b.length, Auxv.AT_CLKTCK, order)).isEqualTo(OptionalLong.of(250));
    }
  }

  @Test
  void anEntryAfterAtNullOrMissingIsEmpty() {
    ByteOrder le = ByteOrder.LITTLE_ENDIAN;
    byte[] b = vector(le, 6, 4096, 0, 0, 17, 100);
    assertThat(Auxv.value(b, b.length, Auxv.AT_CLKTCK, le)).isEmpty();
  }

  @Test
  void truncatedOrUnterminatedVectorsAreMalformed() {
    ByteOrder le = ByteOrder.LITTLE_ENDIAN;
    byte[] b = vector(le, 6, 4096, 0, 0);
    assertThatThrownBy(() -> Auxv.value(b, 24, Auxv.AT_CLKTCK, le))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("24 bytes");
    byte[] noEnd = vector(le, 6, 4096);
    assertThatThrownBy(() -> Auxv.value(noEnd, noEnd.length, Auxv.AT_CLKTCK, le))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("AT_NULL");
  }
}
