package io.github.jpsutil.macos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicDuplex;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.spi.InetText;
import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * getifaddrs entries, the ifreq/ifmediareq replies and socket_fdinfo, at the offsets clang reports
 * for the macOS SDK headers (both architectures agree): {@code sockaddr_in.sin_addr} 4, {@code
 * sockaddr_in6.sin6_addr} 8, {@code ifreq.ifr_flags}/{@code ifr_mtu} 16, {@code
 * ifmediareq.ifm_active} 28, {@code socket_fdinfo.psi} 24 with {@code soi_type} 152, {@code
 * soi_family} 160, {@code soi_proto} 240, {@code in_sockinfo} ports 0/4 and addresses 32/48, {@code
 * tcpsi_state} 80, {@code un_sockinfo} addresses 16/271 ({@code sun_path} at 2). Expected texts are
 * what inet_ntop(3) and ifconfig print for those bytes.
 */
class NetStructsTest {
  private static final Optional<ByteBuffer> NONE = Optional.empty();

  static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  static Optional<ByteBuffer> sin(int... ip) {
    ByteBuffer b = le(16).put(0, (byte) 16).put(1, (byte) 2);
    for (int i = 0; i < 4; i++) {
      b.put(4 + i, (byte) ip[i]);
    }
    return Optional.of(b);
  }

  static Optional<ByteBuffer> sin6(int... groups) {
    ByteBuffer b = le(28).put(0, (byte) 28).put(1, (byte) 30);
    for (int i = 0; i < 8; i++) {
      b.put(8 + 2 * i, (byte) (groups[i] >> 8)).put(9 + 2 * i, (byte) groups[i]);
    }
    return Optional.of(b);
  }

  /** sockaddr_dl: index, name, then the link address right after the name (LLADDR). */
  static Optional<ByteBuffer> link(int index, String name, int... mac) {
    ByteBuffer b = le(20).put(0, (byte) 20).put(1, (byte) 18).putShort(2, (short) index);
    b.put(5, (byte) name.length()).put(6, (byte) mac.length);
    b.put(8, name.getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < mac.length; i++) {
      b.put(8 + name.length() + i, (byte) mac[i]);
    }
    return Optional.of(b);
  }

  static List<NetIfAddrs.Entry> sample() {
    int up = 0x8863; // UP BROADCAST RUNNING SIMPLEX MULTICAST
    return List.of(
        new NetIfAddrs.Entry("lo0", 0x8049, link(1, "lo0"), NONE, NONE),
        new NetIfAddrs.Entry("lo0", 0x8049, sin(127, 0, 0, 1), sin(255, 0, 0, 0), NONE),
        new NetIfAddrs.Entry(
            "lo0",
            0x8049,
            sin6(0xfe80, 1, 0, 0, 0, 0, 0, 1),
            sin6(0xffff, 0xffff, 0xffff, 0xffff, 0, 0, 0, 0),
            NONE),
        new NetIfAddrs.Entry(
            "en0", up, link(4, "en0", 0x3c, 0x22, 0xfb, 0x01, 0x02, 0x0a), NONE, NONE),
        new NetIfAddrs.Entry(
            "en0", up, sin(192, 168, 1, 20), sin(255, 255, 255, 0), sin(192, 168, 1, 255)),
        new NetIfAddrs.Entry(
            "en0", up, sin(10, 0, 0, 7), sin(255, 255, 255, 255), sin(10, 0, 0, 7)),
        new NetIfAddrs.Entry(
            "utun0", 0x8051, sin(10, 8, 0, 2), sin(255, 255, 0, 0), sin(10, 8, 0, 1)),
        new NetIfAddrs.Entry("gif0", 0x8010, NONE, NONE, NONE));
  }

  @Test
  void interfaceAddressesAsIfconfigShowsThem() {
    Map<String, List<NicAddress>> a = IfAddrs.addresses(sample());
    Optional<String> none = Optional.empty();
    assertThat(a.get("lo0"))
        .containsExactly(
            new NicAddress(AddressFamily.UNSPEC, none, none, none, none),
            new NicAddress(
                AddressFamily.INET, Optional.of("127.0.0.1"), Optional.of("255.0.0.0"), none, none),
            new NicAddress(
                AddressFamily.INET6,
                Optional.of("fe80::1%lo0"),
                Optional.of("ffff:ffff:ffff:ffff::"),
                none,
                none));
    assertThat(a.get("en0"))
        .containsExactly(
            new NicAddress(
                AddressFamily.INET,
                Optional.of("192.168.1.20"),
                Optional.of("255.255.255.0"),
                Optional.of("192.168.1.255"),
                none),
            new NicAddress(
                AddressFamily.INET,
                Optional.of("10.0.0.7"),
                Optional.of("255.255.255.255"),
                none,
                none),
            new NicAddress(AddressFamily.LINK, Optional.of("3c:22:fb:01:02:0a"), none, none, none));
    assertThat(a.get("utun0"))
        .containsExactly(
            new NicAddress(
                AddressFamily.INET,
                Optional.of("10.8.0.2"),
                Optional.of("255.255.0.0"),
                none,
                Optional.of("10.8.0.1")));
    assertThat(a.get("gif0"))
        .containsExactly(new NicAddress(AddressFamily.UNSPEC, none, none, none, none));
  }

  @Test
  void ipv6TextFollowsInetNtop() {
    assertThat(v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)).isEqualTo("2001:db8::1");
    assertThat(v6(0, 0, 0, 0, 0, 0, 0, 0)).isEqualTo("::");
    assertThat(v6(0, 0, 0, 0, 0, 0, 0, 1)).isEqualTo("::1");
    assertThat(v6(1, 0, 0, 0, 0, 0, 0, 0)).isEqualTo("1::");
    assertThat(v6(0x2001, 0xdb8, 0, 1, 1, 1, 1, 1)).isEqualTo("2001:db8:0:1:1:1:1:1");
    assertThat(v6(0x2001, 0xdb8, 0, 0, 1, 0, 0, 1)).isEqualTo("2001:db8::1:0:0:1");
    assertThat(v6(0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201)).isEqualTo("::ffff:192.0.2.1");
    assertThat(v6(0, 0, 0, 0, 0, 0, 0xc000, 0x0201)).isEqualTo("::192.0.2.1");
  }

  private static String v6(int... g) {
    byte[] b = new byte[16];
    for (int i = 0; i < 8; i++) {
      b[2 * i] = (byte) (g[i] >> 8);
      b[2 * i + 1] = (byte) g[i];
    }
    return InetText.ipv6(b, 0);
  }

  static ByteBuffer ifreq(int at16) {
    return le(32).putInt(16, at16);
  }

  static ByteBuffer media(int active) {
    return le(44).putInt(28, active);
  }

  @Test
  void statsFromTheIoctlReplies() {
    // IFM_ETHER | IFM_1000_T | IFM_FDX (xnu net/if_media.h: 0x20, 16, 0x00100000)
    // 0x8863 is what ifconfig prints as <UP,BROADCAST,SMART,RUNNING,SIMPLEX,MULTICAST>: 0x20 is
    // IFF_NOTRAILERS in the SDK header, and psutil names it "notrailers".
    NicStats en0 = IfReq.stats(ifreq(0x8863), ifreq(1500), media(0x20 | 16 | 0x0010_0000));
    assertThat(en0)
        .isEqualTo(
            new NicStats(
                true,
                NicDuplex.FULL,
                OptionalInt.of(1000),
                1500,
                List.of("up", "broadcast", "notrailers", "running", "multicast", "simplex")));
    NicStats lo0 = IfReq.stats(ifreq(0x8049), ifreq(16_384), null);
    assertThat(lo0)
        .isEqualTo(
            new NicStats(
                true,
                NicDuplex.UNKNOWN,
                OptionalInt.empty(),
                16_384,
                List.of("up", "loopback", "running", "multicast")));
    NicStats down = IfReq.stats(ifreq(0x8802), ifreq(1500), media(0x20 | 6 | 0x0020_0000));
    assertThat(down.isUp()).isFalse();
    assertThat(down.duplex()).isEqualTo(NicDuplex.HALF);
    assertThat(down.speed()).hasValue(100);
  }

  @Test
  void speedsFollowPsutilsTable() {
    assertThat(IfReq.speed(0x20 | 21)).isEqualTo(10_000); // IFM_10G_T
    assertThat(IfReq.speed(0x20 | 0x10000)).isEqualTo(2500); // IFM_2500_SX = IFM_X(32)
    assertThat(IfReq.speed(0x20 | 22)).isZero(); // IFM_2500_T: not in psutil's table
    assertThat(IfReq.speed(0x20 | 17)).isEqualTo(1); // IFM_HPNA_1
    assertThat(IfReq.speed(0x80 | 7)).isEqualTo(11); // IFM_IEEE80211_DS11
    assertThat(IfReq.speed(0x80 | 8)).isEqualTo(1); // IFM_IEEE80211_DS1
    assertThat(IfReq.speed(0x40 | 6)).isEqualTo(16); // IFM_TOK_UTP16
    assertThat(IfReq.speed(0x60 | 3)).isZero(); // FDDI
  }

  @Test
  void anInterfaceNameMustFitIfnamsiz() {
    assertThat(IfReq.request("en0", 32)).startsWith('e', 'n', '0', 0);
    assertThatThrownBy(() -> IfReq.request("a-very-long-name", 32))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1..15 bytes");
  }

  /** socket_fdinfo with psi.soi_family/type and the in_sockinfo of soi_proto. */
  static ByteBuffer inet(
      int family, int type, int lport, int fport, byte[] laddr, byte[] faddr, int state) {
    ByteBuffer b = le(792).putInt(24 + 160, family).putInt(24 + 152, type);
    int proto = 24 + 240;
    b.put(proto, (byte) (fport >> 8)).put(proto + 1, (byte) fport);
    b.put(proto + 4, (byte) (lport >> 8)).put(proto + 5, (byte) lport);
    int off = family == 2 ? 12 : 0;
    b.put(proto + 32 + off, faddr).put(proto + 48 + off, laddr);
    return b.putInt(proto + 80, state);
  }

  static ByteBuffer tcp4() {
    return inet(
        2, 1, 54321, 443, new byte[] {10, 0, 0, 7}, new byte[] {93, (byte) 184, (byte) 215, 14}, 4);
  }

  @Test
  void inetSocketsCarryAddressesPortsAndTcpState() {
    assertThat(SocketFdInfo.decode(7, tcp4(), ConnectionKind.INET, OptionalInt.empty()))
        .hasValue(
            new Connection(
                OptionalInt.of(7),
                AddressFamily.INET,
                SocketType.STREAM,
                Optional.of(new Endpoint.Inet("10.0.0.7", 54321)),
                Optional.of(new Endpoint.Inet("93.184.215.14", 443)),
                ConnectionStatus.ESTABLISHED,
                OptionalInt.empty()));
    byte[] loop6 = new byte[16];
    loop6[15] = 1;
    ByteBuffer udp6 = inet(30, 2, 53, 0, loop6, new byte[16], 0);
    assertThat(SocketFdInfo.decode(9, udp6, ConnectionKind.UDP6, OptionalInt.empty()))
        .hasValue(
            new Connection(
                OptionalInt.of(9),
                AddressFamily.INET6,
                SocketType.DGRAM,
                Optional.of(new Endpoint.Inet("::1", 53)),
                Optional.empty(),
                ConnectionStatus.NONE,
                OptionalInt.empty()));
    assertThat(SocketFdInfo.decode(9, udp6, ConnectionKind.TCP, OptionalInt.empty())).isEmpty();
    ByteBuffer listen = inet(2, 1, 22, 0, new byte[4], new byte[4], 1);
    assertThat(
            SocketFdInfo.decode(3, listen, ConnectionKind.TCP4, OptionalInt.empty())
                .orElseThrow()
                .status())
        .isEqualTo(ConnectionStatus.LISTEN);
    ByteBuffer timeWait = inet(2, 1, 22, 0, new byte[4], new byte[4], 10);
    assertThat(
            SocketFdInfo.decode(3, timeWait, ConnectionKind.TCP4, OptionalInt.empty())
                .orElseThrow()
                .status())
        .isEqualTo(ConnectionStatus.TIME_WAIT);
    ByteBuffer bad = inet(2, 1, 22, 0, new byte[4], new byte[4], 11);
    assertThatThrownBy(() -> SocketFdInfo.decode(3, bad, ConnectionKind.TCP4, OptionalInt.empty()))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("tcpsi_state is 11");
  }

  @Test
  void unixSocketsCarryBothPathsAndRawSocketsAreLeftOut() {
    ByteBuffer un = le(792).putInt(24 + 160, 1).putInt(24 + 152, 1);
    un.put(24 + 240 + 16 + 2, "/var/run/mDNSResponder".getBytes(StandardCharsets.UTF_8));
    assertThat(SocketFdInfo.decode(4, un, ConnectionKind.ALL, OptionalInt.empty()))
        .hasValue(
            new Connection(
                OptionalInt.of(4),
                AddressFamily.UNIX,
                SocketType.STREAM,
                Optional.of(new Endpoint.Unix("/var/run/mDNSResponder")),
                Optional.of(new Endpoint.Unix("")),
                ConnectionStatus.NONE,
                OptionalInt.empty()));
    assertThat(SocketFdInfo.decode(4, un, ConnectionKind.INET, OptionalInt.empty())).isEmpty();
    ByteBuffer raw = le(792).putInt(24 + 160, 2).putInt(24 + 152, 3); // SOCK_RAW
    assertThat(SocketFdInfo.decode(4, raw, ConnectionKind.ALL, OptionalInt.empty())).isEmpty();
  }
}
