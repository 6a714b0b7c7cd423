package io.github.jpsutil.freebsd.parse;

import static io.github.jpsutil.freebsd.layout.TableStructs.le;
import static io.github.jpsutil.freebsd.layout.TableStructs.sockaddrDl;
import static io.github.jpsutil.freebsd.layout.TableStructs.sockaddrIn;
import static io.github.jpsutil.freebsd.layout.TableStructs.sockaddrIn6;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicDuplex;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.freebsd.layout.LayoutTable;
import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * net_if_addrs and net_if_stats decoders over buffers laid out by the cited table; expected values
 * follow psutil ({@code arch/posix/net.c}, {@code psutil/__init__.py}), FreeBSD's {@code
 * net/if.h}/{@code net/if_media.h} numbers and {@code inet_ntop(3)}'s text (RFC 5952 style).
 */
class NetIfDecodersTest {
  private static final LayoutTable T = LayoutTable.amd64();
  private static final int UP_BROADCAST_RUNNING_SIMPLEX_MULTICAST = 0x8843;
  private static final int UP_LOOPBACK_RUNNING_MULTICAST = 0x8049;

  private static byte[] hex(String h) {
    return HexFormat.of().parseHex(h);
  }

  private static Optional<ByteBuffer> sa(ByteBuffer b) {
    return Optional.of(b);
  }

  private static NicAddress addr(
      AddressFamily f, String address, String netmask, String broadcast) {
    return new NicAddress(
        f,
        Optional.of(address),
        Optional.ofNullable(netmask),
        Optional.ofNullable(broadcast),
        Optional.empty());
  }

  @Test
  void addressesAreGroupedByNameInFreeBsdFamilyOrder() {
    byte[] llocal = hex("fe80000000000000020c29fffeaabbcc");
    byte[] mask64 = hex("ffffffffffffffff0000000000000000");
    byte[] one = hex("00000000000000000000000000000001");
    // a routing-socket netmask cut after its last non-zero byte: sa_len 7
    ByteBuffer shortMask = sockaddrIn(255, 255, 255, 0).limit(7).slice().order(le(1).order());
    List<NetIfAddrs.Entry> list =
        List.of(
            new NetIfAddrs.Entry(
                "em0",
                UP_BROADCAST_RUNNING_SIMPLEX_MULTICAST,
                sa(sockaddrDl("em0", hex("000c29aabbcc"))),
                Optional.empty(),
                Optional.empty()),
            new NetIfAddrs.Entry(
                "em0",
                UP_BROADCAST_RUNNING_SIMPLEX_MULTICAST,
                sa(sockaddrIn(192, 168, 1, 10)),
                sa(shortMask),
                sa(sockaddrIn(192, 168, 1, 255))),
            new NetIfAddrs.Entry(
                "em0",
                UP_BROADCAST_RUNNING_SIMPLEX_MULTICAST,
                sa(sockaddrIn6(llocal, 1)),
                sa(sockaddrIn6(mask64, 0)),
                Optional.empty()),
            new NetIfAddrs.Entry(
                "lo0",
                UP_LOOPBACK_RUNNING_MULTICAST,
                sa(sockaddrDl("lo0", new byte[0])),
                Optional.empty(),
                Optional.empty()),
            new NetIfAddrs.Entry(
                "lo0",
                UP_LOOPBACK_RUNNING_MULTICAST,
                sa(sockaddrIn6(one, 0)),
                sa(sockaddrIn6(hex("ff".repeat(16)), 0)),
                Optional.empty()),
            new NetIfAddrs.Entry(
                "lo0",
                UP_LOOPBACK_RUNNING_MULTICAST,
                sa(sockaddrIn(127, 0, 0, 1)),
                sa(sockaddrIn(255, 0, 0, 0)),
                sa(sockaddrIn(127, 0, 0, 1))));
    Map<String, List<NicAddress>> got = SockaddrText.ifAddrs(list, i -> i == 1 ? "em0" : null);
    NicAddress none =
        new NicAddress(
            AddressFamily.UNSPEC,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(got.keySet()).containsExactly("lo0", "em0");
    assertThat(got.get("em0"))
        .containsExactly(
            addr(AddressFamily.INET, "192.168.1.10", "255.255.255.0", "192.168.1.255"),
            addr(AddressFamily.LINK, "00:0c:29:aa:bb:cc", null, null),
            addr(
                AddressFamily.INET6,
                "fe80::20c:29ff:feaa:bbcc%em0",
                "ffff:ffff:ffff:ffff::",
                null));
    // lo0 has no IFF_BROADCAST and no IFF_POINTOPOINT: neither is read
    assertThat(got.get("lo0"))
        .containsExactly(
            none,
            addr(AddressFamily.INET, "127.0.0.1", "255.0.0.0", null),
            addr(AddressFamily.INET6, "::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", null));
  }

  @Test
  void aShortMacIsPaddedAndASlash32HasNoBroadcastAndAnUnnamedScopeIsANumber() {
    int flags = UP_BROADCAST_RUNNING_SIMPLEX_MULTICAST;
    List<NetIfAddrs.Entry> list =
        List.of(
            new NetIfAddrs.Entry(
                "ib0",
                flags,
                sa(sockaddrDl("ib0", hex("aabbccdd"))),
                Optional.empty(),
                Optional.empty()),
            new NetIfAddrs.Entry(
                "tun0",
                flags,
                sa(sockaddrIn(10, 0, 0, 1)),
                sa(sockaddrIn(255, 255, 255, 255)),
                sa(sockaddrIn(10, 0, 0, 1))),
            new NetIfAddrs.Entry(
                "gif0",
                flags,
                sa(sockaddrIn6(hex("ff020000000000000000000000000001"), 9)),
                Optional.empty(),
                Optional.empty()));
    Map<String, List<NicAddress>> got = SockaddrText.ifAddrs(list, i -> null);
    assertThat(got.get("ib0"))
        .containsExactly(addr(AddressFamily.LINK, "aa:bb:cc:dd:00:00", null, null));
    assertThat(got.get("tun0"))
        .containsExactly(addr(AddressFamily.INET, "10.0.0.1", "255.255.255.255", null));
    assertThat(got.get("gif0")).containsExactly(addr(AddressFamily.INET6, "ff02::1%9", null, null));
  }

  @Test
  void theIoctlNumbersCarryTheStructSizes() {
    // sys/ioccom.h: IOCPARM_LEN(x) = (x >> 16) & IOCPARM_MASK (0x1fff)
    assertThat((IfRequests.SIOCGIFFLAGS >> 16) & 0x1fff).isEqualTo(IfRequests.IFREQ.size());
    assertThat((IfRequests.SIOCGIFMTU >> 16) & 0x1fff).isEqualTo(IfRequests.IFREQ.size());
    assertThat((IfRequests.SIOCGIFMEDIA >> 16) & 0x1fff).isEqualTo(IfRequests.IFMEDIAREQ.size());
    assertThat(IfRequests.request(IfRequests.IFREQ, "em0"))
        .hasSize(32)
        .startsWith('e', 'm', '0', 0);
    assertThatThrownBy(() -> IfRequests.request(IfRequests.IFREQ, "a-name-of-16-chr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 15 bytes");
  }

  private static ByteBuffer ifreq(String field, long v) {
    return T.put(le(32), 0, "struct ifreq", field, v);
  }

  private static ByteBuffer media(int active) {
    return T.put(le(48), 0, "struct ifmediareq", "ifm_active", active);
  }

  @Test
  void statsReadMtuFlagsAndTheMediaWord() {
    // IFM_ETHER 0x20 | IFM_1000_T 16 | IFM_FDX 0x100000
    NicStats em0 =
        IfRequests.stats(
            ifreq("ifr_ifru.ifru_mtu", 1500),
            ifreq("ifr_ifru.ifru_flags[0]", UP_BROADCAST_RUNNING_SIMPLEX_MULTICAST),
            media(0x20 | 16 | 0x10_0000));
    assertThat(em0)
        .isEqualTo(
            new NicStats(
                true,
                NicDuplex.FULL,
                OptionalInt.of(1000),
                1500,
                List.of("up", "broadcast", "running", "multicast", "simplex")));
    NicStats lo0 =
        IfRequests.stats(
            ifreq("ifr_ifru.ifru_mtu", 16384),
            ifreq("ifr_ifru.ifru_flags[0]", UP_LOOPBACK_RUNNING_MULTICAST),
            null);
    assertThat(lo0)
        .isEqualTo(
            new NicStats(
                true,
                NicDuplex.UNKNOWN,
                OptionalInt.empty(),
                16384,
                List.of("up", "loopback", "running", "multicast")));
  }

  @Test
  void mediaWordsMapToPsutilsSpeedsAndDuplex() {
    // IFM_ETHER 0x20: 100_TX 6, 10G_T 26, 2500_SX 21, HPNA_1 17, 10_T 3 with IFM_HDX 0x200000;
    // IFM_X(53) (25GBase-CR) = 21 | 0x800: an extended subtype, not 2500_SX
    assertThat(IfMedia.speedMbps(0x20 | 6)).isEqualTo(100);
    assertThat(IfMedia.speedMbps(0x20 | 26)).isEqualTo(10000);
    assertThat(IfMedia.speedMbps(0x20 | 21)).isEqualTo(2500);
    assertThat(IfMedia.speedMbps(0x20 | 17)).isEqualTo(1);
    assertThat(IfMedia.speedMbps(0x20 | 21 | 0x800)).isZero();
    assertThat(IfMedia.duplex(0x20 | 3 | 0x20_0000)).isEqualTo(NicDuplex.HALF);
    assertThat(IfMedia.duplex(0x20 | 3)).isEqualTo(NicDuplex.UNKNOWN);
    // IFM_IEEE80211 0x80: DS11 8, OFDM54 17 (not in psutil's table)
    assertThat(IfMedia.speedMbps(0x80 | 8)).isEqualTo(11);
    assertThat(IfMedia.speedMbps(0x80 | 17)).isZero();
  }
}
