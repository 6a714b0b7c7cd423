package io.github.jpsutil.unix;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Memory;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class BsdIfaddrsTest {
  /** A 16-byte sockaddr_in (sa_len 16, AF_INET 2, port, 10.0.0.7) followed by unrelated bytes. */
  @Test
  void copiesExactlySaLenBytes() {
    Memory m = new Memory(32);
    m.clear();
    m.write(0, new byte[] {16, 2, 0, 80, 10, 0, 0, 7}, 0, 8);
    m.setByte(16, (byte) 0x7f); // past sa_len: must not be copied
    ByteBuffer b = BsdIfaddrs.copy(m).orElseThrow();
    assertThat(b.array()).containsExactly(16, 2, 0, 80, 10, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0);
    assertThat(b.order()).isEqualTo(java.nio.ByteOrder.nativeOrder());
  }

  @Test
  void nullIsNoAddress() {
    assertThat(BsdIfaddrs.copy(null)).isEmpty();
  }

  @Test
  void aZeroSaLenIsAnEmptyAddress() {
    Memory m = new Memory(8);
    m.clear();
    assertThat(BsdIfaddrs.copy(m).orElseThrow().limit()).isZero();
  }
}
