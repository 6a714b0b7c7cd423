package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.spi.NetIfAddrs;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A getifaddrs list in glibc's order: links (AF_PACKET) first, then IPv4, then IPv6. */
class NicAddressesTest {
  private static final int UP = 0x1;
  private static final int BROADCAST = 0x2;
  private static final int LOOPBACK = 0x8;
  private static final int POINTOPOINT = 0x10;
  private static final int RUNNING = 0x40;
  private static final int NOARP = 0x80;
  private static final int MULTICAST = 0x1000;
  private static final int LO = UP | LOOPBACK | RUNNING;
  private static final int ETH = UP | BROADCAST | RUNNING | MULTICAST;
  private static final int TUN = UP | POINTOPOINT | RUNNING | NOARP | MULTICAST;

  private static Optional<ByteBuffer> buf(byte[] b) {
    return Optional.of(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN));
  }

  private static Optional<ByteBuffer> in4(String ip) throws Exception {
    ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort(0, (short) Sockaddr.AF_INET).put(4, InetAddress.getByName(ip).getAddress());
    return buf(b.array());
  }

  private static Optional<ByteBuffer> in6(String ip, int scope) throws Exception {
    ByteBuffer b = ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort(0, (short) Sockaddr.AF_INET6)
        .put(8, InetAddress.getByName(ip).getAddress())
        .putInt(24, scope);
    return buf(b.array());
  }

  private static Optional<ByteBuffer> ll(String hex) {
    byte[] mac = HexFormat.of().parseHex(hex);
    ByteBuffer b =
        ByteBuffer.allocate(Math.max(20, 12 + mac.length)).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort(0, (short) Sockaddr.AF_PACKET).put(11, (byte) mac.length).put(12, mac);
    return buf(b.array());
  }

  private static NetIfAddrs.Entry e(
      String name,
      int flags,
      Optional<ByteBuffer> a,
      Optional<ByteBuffer> m,
      Optional<ByteBuffer> b) {
    return new NetIfAddrs.Entry(name, flags, a, m, b);
  }

  private static NicAddress addr(
      AddressFamily f, String address, String netmask, String broadcast, String ptp) {
    return new NicAddress(
        f,
        Optional.ofNullable(address),
        Optional.ofNullable(netmask),
        Optional.ofNullable(broadcast),
        Optional.ofNullable(ptp));
  }

  @Test
  void psutilPostProcessing() throws Exception {
    Optional<ByteBuffer> none = Optional.empty();
    List<NetIfAddrs.Entry> list =
        List.of(
            e("lo", LO, ll("000000000000"), none, ll("000000000000")),
            e("eth0", ETH, ll("02fc00000001"), none, ll("ffffffffffff")),
            e("tun0", TUN, ll(""), none, none),
            e("wg0", UP | NOARP, none, none, none),
            e("eth1", ETH, ll("aabbccdd"), none, ll("ffffffff")),
            e("lo", LO, in4("127.0.0.1"), in4("255.0.0.0"), in4("127.0.0.1")),
            e("eth0", ETH, in4("192.0.2.2"), in4("255.255.255.0"), in4("192.0.2.255")),
            e("eth0:1", ETH, in4("192.0.2.3"), in4("255.255.255.0"), in4("192.0.2.255")),
            e("tun0", TUN, in4("10.8.0.1"), in4("255.255.255.255"), in4("10.8.0.2")),
            e("eth1", ETH, in4("198.51.100.7"), in4("255.255.255.255"), in4("198.51.100.7")),
            e("lo", LO, in6("::1", 0), in6("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 0), none),
            e("eth0", ETH, in6("fe80::fc:ff:fe00:1", 4), in6("ffff:ffff:ffff:ffff::", 0), none));

    Map<String, List<NicAddress>> m = NicAddresses.build(list, i -> i == 4 ? "eth0" : null);

    assertThat(m.keySet()).containsExactly("tun0", "wg0", "lo", "eth0", "eth0:1", "eth1");
    NicAddress unspec = addr(AddressFamily.UNSPEC, null, null, null, null);
    assertThat(m.get("tun0"))
        .containsExactly(
            unspec, addr(AddressFamily.INET, "10.8.0.1", "255.255.255.255", null, "10.8.0.2"));
    assertThat(m.get("wg0")).containsExactly(unspec);
    assertThat(m.get("lo"))
        .containsExactly(
            addr(AddressFamily.INET, "127.0.0.1", "255.0.0.0", null, null),
            addr(AddressFamily.INET6, "::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", null, null),
            addr(AddressFamily.LINK, "00:00:00:00:00:00", null, null, null));
    assertThat(m.get("eth0"))
        .containsExactly(
            addr(AddressFamily.INET, "192.0.2.2", "255.255.255.0", "192.0.2.255", null),
            addr(
                AddressFamily.INET6,
                "fe80::fc:ff:fe00:1%eth0",
                "ffff:ffff:ffff:ffff::",
                null,
                null),
            addr(AddressFamily.LINK, "02:fc:00:00:00:01", null, "ff:ff:ff:ff:ff:ff", null));
    assertThat(m.get("eth0:1"))
        .containsExactly(
            addr(AddressFamily.INET, "192.0.2.3", "255.255.255.0", "192.0.2.255", null));
    // /32: the kernel's broadcast (the address itself) is dropped; a short MAC is padded
    assertThat(m.get("eth1"))
        .containsExactly(
            addr(AddressFamily.INET, "198.51.100.7", "255.255.255.255", null, null),
            addr(AddressFamily.LINK, "aa:bb:cc:dd:00:00", null, "ff:ff:ff:ff", null));
  }

  @Test
  void emptyList() {
    assertThat(NicAddresses.build(List.of(), i -> null)).isEmpty();
  }
}
