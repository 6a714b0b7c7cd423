package io.github.jpsutil.sunos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The network decoders. Expected texts follow RFC 5952 §4 and BIND's {@code inet_ntop6} (which
 * illumos libc carries) for the IPv4-mapped/compatible forms; the grouping and filtering rules are
 * psutil's ({@code arch/posix/net.c} {@code psutil_net_if_addrs}, {@code __init__.net_if_addrs}).
 */
class NetDecodeTest {
  @Test
  void sockaddrTextByFamilyWithZone() {
    assertThat(Sockaddr.text(TestSockaddrs.in("192.168.7.9"), Sockaddr.AF_INET, "e1000g0"))
        .isEqualTo("192.168.7.9");
    assertThat(Sockaddr.text(TestSockaddrs.in6("fe80::1", 2), Sockaddr.AF_INET6, "e1000g0"))
        .isEqualTo("fe80::1%e1000g0");
    assertThat(Sockaddr.text(TestSockaddrs.family(25), 25, "x")).isNull();
    assertThat(Sockaddr.family(TestSockaddrs.in6("::1", 0))).isEqualTo(26);
    assertThatThrownBy(() -> Sockaddr.text(ByteBuffer.allocate(8), Sockaddr.AF_INET, "x"))
        .isInstanceOf(MalformedDataException.class);
  }

  @Test
  void lifreqCarriesTheNameAndReturnsFlagsAndMtu() {
    ByteBuffer req = Lifreq.request("e1000g0:1");
    assertThat(req.capacity()).isEqualTo(376);
    assertThat(new String(req.array(), 0, 10, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("e1000g0:1\0");
    req.order(ByteOrder.LITTLE_ENDIAN).putLong(40, 0x2_0100_0843L); // NOLINKLOCAL|IPV4|…|UP
    assertThat(Lifreq.flags(req)).isEqualTo(0x2_0100_0843L);
    req.putLong(40, 0).putInt(40, 1500);
    assertThat(Lifreq.mtu(req)).isEqualTo(1500);
    assertThatThrownBy(() -> Lifreq.request("x".repeat(32)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1-31 bytes");
  }

  @Test
  void nicAddressesFollowPsutilsRules() {
    long up = 0x1;
    long bcast = 0x2;
    long ptp = 0x10;
    List<NetIfAddrs.Entry> entries =
        List.of(
            entry(
                "lo0",
                up,
                TestSockaddrs.in6("::1", 0),
                TestSockaddrs.in6("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 0),
                null),
            entry("lo0", up, TestSockaddrs.in("127.0.0.1"), TestSockaddrs.in("255.0.0.0"), null),
            entry(
                "e1000g0",
                up | bcast,
                TestSockaddrs.in("10.0.2.15"),
                TestSockaddrs.in("255.255.255.0"),
                TestSockaddrs.in("10.0.2.255")),
            entry(
                "e1000g0:1",
                up | bcast,
                TestSockaddrs.in("10.0.2.16"),
                TestSockaddrs.in("255.255.255.255"),
                TestSockaddrs.in("10.0.2.16")),
            entry(
                "ip.tun0",
                up | ptp,
                TestSockaddrs.in("10.9.0.1"),
                TestSockaddrs.in("255.255.255.255"),
                TestSockaddrs.in("10.9.0.2")),
            entry(
                "e1000g0",
                up,
                TestSockaddrs.in6("fe80::a00:27ff:fe4e:66a1", 2),
                TestSockaddrs.in6("ffc0::", 0),
                null),
            entry("vni0", 0, null, null, null),
            entry("odd0", up, TestSockaddrs.family(25), null, null));
    Map<String, List<NicAddress>> m = Sockaddr.ifAddrs(entries);
    Optional<String> none = Optional.empty();
    // Sorted by family: UNSPEC (vni0, odd0) first, then INET in list order, then INET6.
    assertThat(m.keySet())
        .containsExactly("vni0", "odd0", "lo0", "e1000g0", "e1000g0:1", "ip.tun0");
    assertThat(m.get("vni0"))
        .containsExactly(new NicAddress(AddressFamily.UNSPEC, none, none, none, none));
    assertThat(m.get("odd0"))
        .containsExactly(new NicAddress(AddressFamily.UNSPEC, none, none, none, none));
    assertThat(m.get("lo0"))
        .containsExactly(
            new NicAddress(
                AddressFamily.INET, Optional.of("127.0.0.1"), Optional.of("255.0.0.0"), none, none),
            new NicAddress(
                AddressFamily.INET6,
                Optional.of("::1"),
                Optional.of("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
                none,
                none));
    assertThat(m.get("e1000g0"))
        .containsExactly(
            new NicAddress(
                AddressFamily.INET,
                Optional.of("10.0.2.15"),
                Optional.of("255.255.255.0"),
                Optional.of("10.0.2.255"),
                none),
            new NicAddress(
                AddressFamily.INET6,
                Optional.of("fe80::a00:27ff:fe4e:66a1%e1000g0"),
                Optional.of("ffc0::"),
                none,
                none));
    assertThat(m.get("e1000g0:1")) // a /32: no broadcast although the kernel gives one
        .containsExactly(
            new NicAddress(
                AddressFamily.INET,
                Optional.of("10.0.2.16"),
                Optional.of("255.255.255.255"),
                none,
                none));
    assertThat(m.get("ip.tun0"))
        .containsExactly(
            new NicAddress(
                AddressFamily.INET,
                Optional.of("10.9.0.1"),
                Optional.of("255.255.255.255"),
                none,
                Optional.of("10.9.0.2")));
  }

  @Test
  void ifaddrsNodeReadsItsPointersAndTheWideFlags() {
    ByteBuffer b = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(0, 0x5000).putLong(8, 0x6000).putLong(16, 0x2_0000_0841L);
    b.putLong(24, 0x7000).putLong(32, 0x8000).putLong(40, 0x9000).putLong(48, 0xa000);
    assertThat(IfaddrsNode.decode(b))
        .isEqualTo(new IfaddrsNode(0x5000, 0x6000, 0x2_0000_0841L, 0x7000, 0x8000, 0x9000));
    assertThatThrownBy(() -> IfaddrsNode.decode(ByteBuffer.allocate(48)))
        .isInstanceOf(MalformedDataException.class);
  }

  private static NetIfAddrs.Entry entry(
      String name, long flags, ByteBuffer addr, ByteBuffer mask, ByteBuffer other) {
    return new NetIfAddrs.Entry(
        name,
        flags,
        Optional.ofNullable(addr),
        Optional.ofNullable(mask),
        Optional.ofNullable(other));
  }
}
