package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.NicDuplex;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EthtoolCmdTest {
  private static ByteBuffer cmd(int speed, int duplex, int speedHi, ByteOrder order) {
    ByteBuffer b = ByteBuffer.allocate(EthtoolCmd.SIZE).order(order);
    b.putInt(0, EthtoolCmd.ETHTOOL_GSET);
    b.putShort(12, (short) speed).put(14, (byte) duplex).putShort(28, (short) speedHi);
    return b;
  }

  @Test
  void speedAndDuplex() {
    assertThat(EthtoolCmd.decode(cmd(1000, 1, 0, ByteOrder.LITTLE_ENDIAN)))
        .isEqualTo(new EthtoolCmd(NicDuplex.FULL, OptionalInt.of(1000)));
    assertThat(EthtoolCmd.decode(cmd(10, 0, 0, ByteOrder.BIG_ENDIAN)))
        .isEqualTo(new EthtoolCmd(NicDuplex.HALF, OptionalInt.of(10)));
  }

  @Test
  void speedHiCarriesSpeedsAbove65535() {
    // 400000 Mbit/s = 0x61A80: speed_hi 6, speed 0x1A80
    assertThat(EthtoolCmd.decode(cmd(0x1A80, 1, 6, ByteOrder.LITTLE_ENDIAN)).speed())
        .isEqualTo(OptionalInt.of(400_000));
  }

  @Test
  void unknownValues() {
    // SPEED_UNKNOWN (-1 as u32) and DUPLEX_UNKNOWN (0xff), as virtio and veth report
    assertThat(EthtoolCmd.decode(cmd(0xffff, 0xff, 0xffff, ByteOrder.LITTLE_ENDIAN)))
        .isEqualTo(EthtoolCmd.UNKNOWN);
    // above INT_MAX but not -1
    assertThat(EthtoolCmd.decode(cmd(0, 1, 0x8000, ByteOrder.LITTLE_ENDIAN)).speed()).isEmpty();
    assertThat(EthtoolCmd.decode(cmd(0, 1, 0, ByteOrder.LITTLE_ENDIAN)).speed()).isEmpty();
    assertThat(EthtoolCmd.decode(cmd(100, 7, 0, ByteOrder.LITTLE_ENDIAN)).duplex())
        .isEqualTo(NicDuplex.UNKNOWN);
  }

  @Test
  void shortBufferIsAnError() {
    assertThatThrownBy(() -> EthtoolCmd.decode(ByteBuffer.allocate(30)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("44");
  }
}
