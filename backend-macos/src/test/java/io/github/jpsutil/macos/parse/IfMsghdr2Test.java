package io.github.jpsutil.macos.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.NetIoCounters;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * NET_RT_IFLIST2 message streams: if_msghdr2 (160 bytes; if_data64 at 32, so ifi_ipackets 56,
 * ifi_ierrors 64, ifi_opackets 72, ifi_oerrors 80, ifi_ibytes 96, ifi_obytes 104, ifi_iqdrops 128)
 * then sockaddr_dl (sdl_nlen at 5, sdl_data at 8), as MacosLayoutCompileTest holds them against the
 * SDK headers; RTM_IFINFO2 = 0x12, RTM_NEWMADDR2 = 0x13.
 */
class IfMsghdr2Test {
  private final ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
  private int pos;

  /** An RTM_IFINFO2 message for {@code name} whose counters are {@code base} + field index. */
  private void ifinfo2(String name, long base) {
    int len = 160 + 8 + Math.max(12, name.length()) + 4 & ~3;
    b.putShort(pos, (short) len);
    b.put(pos + 2, (byte) 5); // RTM_VERSION
    b.put(pos + 3, (byte) 0x12);
    long[] v = {base + 1, base + 2, base + 3, base + 4, base + 5, base + 6, base + 7};
    int[] at = {56, 64, 72, 80, 96, 104, 128};
    for (int i = 0; i < at.length; i++) {
      b.putLong(pos + at[i], v[i]);
    }
    int sdl = pos + 160;
    b.put(sdl, (byte) (8 + name.length())); // sdl_len
    b.put(sdl + 1, (byte) 18); // AF_LINK
    b.put(sdl + 5, (byte) name.length());
    b.put(sdl + 8, name.getBytes(StandardCharsets.US_ASCII));
    pos += len;
  }

  private void other(int type, int len) {
    b.putShort(pos, (short) len);
    b.put(pos + 3, (byte) type);
    pos += len;
  }

  /** Two interfaces and a skipped message, for the decoder contract. */
  ByteBuffer sample() {
    ifinfo2("lo0", 100);
    other(0x13, 56);
    ifinfo2("en0", 1000);
    return b.duplicate().limit(pos).order(ByteOrder.LITTLE_ENDIAN);
  }

  private Map<String, NetIoCounters> decode() {
    return IfMsghdr2.ioCounters(b.limit(pos));
  }

  @Test
  void eachInterfaceGetsItsCountersInPsutilsOrder() {
    ifinfo2("lo0", 100);
    other(0x13, 56); // RTM_NEWMADDR2: skipped
    ifinfo2("en0", 1_000_000_000_000L);
    assertThat(decode())
        .containsExactly(
            Map.entry("lo0", new NetIoCounters(106, 105, 103, 101, 102, 104, 107, 0)),
            Map.entry(
                "en0",
                new NetIoCounters(
                    1_000_000_000_006L,
                    1_000_000_000_005L,
                    1_000_000_000_003L,
                    1_000_000_000_001L,
                    1_000_000_000_002L,
                    1_000_000_000_004L,
                    1_000_000_000_007L,
                    0)));
  }

  @Test
  void namesLongerThanSdlDataAreReadAndCutAtIfnamsizMinusOne() {
    ifinfo2("bridge100", 0);
    ifinfo2("utun12345678901234", 0);
    assertThat(decode()).containsOnlyKeys("bridge100", "utun12345678901");
  }

  @Test
  void aZeroOrOverlongLengthEndsTheWalkAndAShortTailIsIgnored() {
    ifinfo2("lo0", 0);
    b.putShort(pos, (short) 0); // msglen 0
    pos += 4;
    ifinfo2("en0", 0);
    assertThat(decode()).containsOnlyKeys("lo0");

    pos = 0;
    b.clear();
    ifinfo2("lo0", 0);
    b.putShort(pos, (short) 4000); // runs past the end
    pos += 200;
    assertThat(decode()).containsOnlyKeys("lo0");

    pos = 0;
    b.clear();
    ifinfo2("lo0", 0);
    pos += 3; // fewer bytes than a message header
    assertThat(decode()).containsOnlyKeys("lo0");
  }
}
