package io.github.jpsutil.linux.acquire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProcFdSocketsTest {
  private static long inode(String target, int bufSize) {
    byte[] buf = Arrays.copyOf(target.getBytes(StandardCharsets.US_ASCII), bufSize);
    return ProcFdSockets.socketInode(buf, Math.min(target.length(), bufSize));
  }

  @Test
  void socketLinkTargets() {
    assertThat(inode("socket:[12345]", 32)).isEqualTo(12345);
    assertThat(inode("socket:[0]", 32)).isZero();
    assertThat(inode("socket:[18446744073709551]", 32)).isEqualTo(18446744073709551L);
  }

  @Test
  void otherTargetsAreNotSockets() {
    assertThat(inode("pipe:[12345]", 32)).isEqualTo(-1);
    assertThat(inode("anon_inode:[eventfd]", 32)).isEqualTo(-1);
    assertThat(inode("/dev/null", 32)).isEqualTo(-1);
    assertThat(inode("socket:[]", 32)).isEqualTo(-1);
    assertThat(inode("socket:[12a]", 32)).isEqualTo(-1);
    assertThat(inode("socket:[123", 32)).isEqualTo(-1);
    assertThat(inode("socket:[99999999999999999999]", 32)).isEqualTo(-1); // > 2^63
    // a target that filled the buffer may be truncated: never a socket
    assertThat(inode("socket:[1234567]", 16)).isEqualTo(-1);
  }
}
