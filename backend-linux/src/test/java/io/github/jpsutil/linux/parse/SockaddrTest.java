package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Byte buffers as a little-endian x86-64 glibc lays the structs out. */
class SockaddrTest {
  private static final IntFunction<String> ZONES = i -> i == 4 ? "eth0" : null;

  static ByteBuffer bytes(String hex) {
    return ByteBuffer.wrap(HexFormat.of().parseHex(hex.replace(" ", "")))
        .order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void sockaddrIn() {
    // sin_family 2 (LE), sin_port 80 (BE), 192.0.2.2, 8 bytes of zero padding
    ByteBuffer sa = bytes("0200 0050 c0000202 0000000000000000");
    assertThat(Sockaddr.family(sa)).isEqualTo(Sockaddr.AF_INET);
    assertThat(Sockaddr.text(sa, Sockaddr.AF_INET, ZONES)).isEqualTo("192.0.2.2");
  }

  @Test
  void sockaddrIn6WithAndWithoutZone() {
    String linkLocal = "fe80000000000000 00fcfffffe000001";
    // sin6_family 10, port 0, flowinfo 0, address, sin6_scope_id 4 (LE)
    ByteBuffer scoped = bytes("0a00 0000 00000000 " + linkLocal + " 04000000");
    assertThat(Sockaddr.family(scoped)).isEqualTo(Sockaddr.AF_INET6);
    assertThat(Sockaddr.text(scoped, Sockaddr.AF_INET6, ZONES))
        .isEqualTo("fe80::fc:ffff:fe00:1%eth0");
    // an index without a name: glibc's getnameinfo prints the number
    ByteBuffer unnamed = bytes("0a00 0000 00000000 " + linkLocal + " 07000000");
    assertThat(Sockaddr.text(unnamed, Sockaddr.AF_INET6, ZONES))
        .isEqualTo("fe80::fc:ffff:fe00:1%7");
    ByteBuffer global = bytes("0a00 0000 00000000 fd000000000000000000000000000002 00000000");
    assertThat(Sockaddr.text(global, Sockaddr.AF_INET6, ZONES)).isEqualTo("fd00::2");
    ByteBuffer multicast = bytes("0a00 0000 00000000 ff020000000000000000000000000001 04000000");
    assertThat(Sockaddr.text(multicast, Sockaddr.AF_INET6, ZONES)).isEqualTo("ff02::1%eth0");
    ByteBuffer netmask = bytes("0a00 0000 00000000 ffffffffffffffff0000000000000000 00000000");
    assertThat(Sockaddr.text(netmask, Sockaddr.AF_INET6, ZONES)).isEqualTo("ffff:ffff:ffff:ffff::");
  }

  @Test
  void sockaddrLl() {
    // sll_family 17, protocol, ifindex 4, hatype 1 (ether), pkttype 0, halen 6, addr[8]
    ByteBuffer mac = bytes("1100 0000 04000000 0100 00 06 02fc00000001 0000");
    assertThat(Sockaddr.family(mac)).isEqualTo(Sockaddr.AF_PACKET);
    assertThat(Sockaddr.text(mac, Sockaddr.AF_PACKET, ZONES)).isEqualTo("02:fc:00:00:00:01");
    ByteBuffer none = bytes("1100 0000 05000000 fe01 00 00 0000000000000000");
    assertThat(Sockaddr.text(none, Sockaddr.AF_PACKET, ZONES)).isNull();
    // an IP-over-InfiniBand-like 20-byte hardware address beyond sll_addr[8]
    String hw20 = "a0b0c0d0e0f00102030405060708090a0b0c0d0e";
    ByteBuffer longMac = bytes("1100 0000 05000000 2000 00 14 " + hw20);
    assertThat(Sockaddr.text(longMac, Sockaddr.AF_PACKET, ZONES))
        .isEqualTo("a0:b0:c0:d0:e0:f0:01:02:03:04:05:06:07:08:09:0a:0b:0c:0d:0e");
  }

  @Test
  void otherFamiliesHaveNoText() {
    assertThat(Sockaddr.text(bytes("0100 00000000000000000000000000"), 1, ZONES)).isNull();
  }

  @Test
  void truncatedBuffersAreErrors() {
    assertThatThrownBy(() -> Sockaddr.text(bytes("0200 0050 c000"), Sockaddr.AF_INET, ZONES))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("sockaddr_in");
    assertThatThrownBy(() -> Sockaddr.text(bytes("0a00 0000 00000000"), Sockaddr.AF_INET6, ZONES))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("sockaddr_in6");
    assertThatThrownBy(
            () ->
                Sockaddr.text(
                    bytes("1100 0000 04000000 0100 00 06 02fc"), Sockaddr.AF_PACKET, ZONES))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("sll_halen 6");
    assertThatThrownBy(() -> Sockaddr.family(bytes("02")))
        .isInstanceOf(MalformedDataException.class);
  }
}
