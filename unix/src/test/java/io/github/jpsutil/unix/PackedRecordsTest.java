package io.github.jpsutil.unix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Over a record led by a 16-bit length at offset 0, as a routing message's {@code ifm_msglen}. */
class PackedRecordsTest {
  private static final CStruct MSG = CStruct.declare("struct msg", 8, Set.of(Abi.FREEBSD_AMD64));
  private static final CField LEN = MSG.field("msg_len", 0, CType.UINT16);
  private static final CField TAG = MSG.field("msg_tag", 2, CType.UINT16);

  private static ByteBuffer packed(int... lengths) {
    int total = 0;
    for (int n : lengths) {
      total += n;
    }
    ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    int at = 0;
    for (int i = 0; i < lengths.length; i++) {
      b.putShort(at, (short) lengths[i]);
      if (lengths[i] >= 4) {
        b.putShort(at + 2, (short) (i + 1));
      }
      at += lengths[i];
    }
    return b;
  }

  @Test
  void eachRecordIsASliceOfItsOwnLengthInTheBuffersOrder() {
    List<ByteBuffer> records = PackedRecords.split(packed(8, 12, 4), LEN, 4, 64);
    assertThat(records).extracting(ByteBuffer::limit).containsExactly(8, 12, 4);
    assertThat(records).extracting(TAG::u16).containsExactly(1, 2, 3);
    assertThat(records.get(1).order()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
    assertThat(PackedRecords.split(ByteBuffer.allocate(0), LEN, 4, 64)).isEmpty();
  }

  @Test
  void aLengthOutOfRangeOrPastTheEndIsMalformed() {
    assertThatThrownBy(() -> PackedRecords.split(packed(8, 2), LEN, 4, 64))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("is 2 at offset 8 of a 10-byte array");
    assertThatThrownBy(() -> PackedRecords.split(packed(8, 80), LEN, 4, 64))
        .hasMessageContaining("is 80 at offset 8");
    ByteBuffer cut = packed(8, 12).limit(16);
    assertThatThrownBy(() -> PackedRecords.split(cut, LEN, 4, 64))
        .hasMessageContaining("is 12 at offset 8 of a 16-byte array");
    // a zero length would never advance: it is below any minimum
    ByteBuffer zero = packed(8, 4).putShort(8, (short) 0);
    assertThatThrownBy(() -> PackedRecords.split(zero, LEN, 4, 64))
        .hasMessageContaining("is 0 at offset 8");
  }

  @Test
  void aMinimumThatCannotHoldTheLengthIsRefused() {
    assertThatThrownBy(() -> PackedRecords.split(packed(8), LEN, 1, 64))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
