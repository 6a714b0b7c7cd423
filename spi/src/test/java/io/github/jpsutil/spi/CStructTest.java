package io.github.jpsutil.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reads through a declared struct, and the exceptions that name the struct and field. */
class CStructTest {
  private static final CStruct S =
      CStruct.declare("struct sample", 24, Set.of(Abi.LINUX_X86_64), "stddef.h");
  private static final CField COUNT = S.field("count", 0, CType.UINT32);
  private static final CField SIGNED = S.field("delta", 4, CType.INT32);
  private static final CField BIG = S.field("bytes", 8, CType.UINT64);
  private static final CField NAME = S.array("name", 16, CType.CHAR_ARRAY, 8);

  private static ByteBuffer sample() {
    ByteBuffer b = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, -1).putInt(4, -7).putLong(8, 1L << 40);
    b.put(16, "abc".getBytes(StandardCharsets.US_ASCII));
    b.putInt(24, 5).putInt(28, 9).putLong(32, -1L);
    b.put(40, "12345678".getBytes(StandardCharsets.US_ASCII));
    return b;
  }

  @Test
  void fieldsReadAtTheirOffsetsRelativeToTheBase() {
    ByteBuffer b = sample();
    assertThat(COUNT.u32(b)).isEqualTo(4_294_967_295L);
    assertThat(SIGNED.i32(b)).isEqualTo(-7);
    assertThat(BIG.u64(b)).isEqualTo(1L << 40);
    assertThat(NAME.cString(b)).isEqualTo("abc");
    assertThat(COUNT.u32(b, 24)).isEqualTo(5);
    assertThat(NAME.cString(b, 24)).isEqualTo("12345678"); // no NUL: the whole field
  }

  @Test
  void aShortBufferNamesTheStructAndField() {
    ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    assertThatThrownBy(() -> S.require(b))
        .isExactlyInstanceOf(MalformedDataException.class)
        .hasMessage("struct sample needs 24 bytes at offset 0, but the buffer holds 12");
    assertThatThrownBy(() -> BIG.u64(b))
        .isExactlyInstanceOf(MalformedDataException.class)
        .hasMessage("struct sample.bytes needs bytes 8..16, but the buffer holds 12");
    assertThatThrownBy(() -> COUNT.u32(b, -4)).isExactlyInstanceOf(MalformedDataException.class);
  }

  @Test
  void anUnsigned64BitValueBeyondALongIsRejected() {
    assertThatThrownBy(() -> BIG.u64(sample(), 24))
        .isExactlyInstanceOf(MalformedDataException.class)
        .hasMessage("struct sample.bytes is 18446744073709551615, beyond 2^63-1");
  }

  @Test
  void readingAFieldAsAnotherTypeIsADecoderBug() {
    assertThatThrownBy(() -> COUNT.i64(sample())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFieldOutsideTheStructCannotBeDeclared() {
    assertThatThrownBy(() -> S.field("past", 20, CType.UINT64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("struct sample.past @20 width 8 lies outside 24");
  }
}
