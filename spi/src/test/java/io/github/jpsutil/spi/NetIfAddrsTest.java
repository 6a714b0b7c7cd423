package io.github.jpsutil.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NicAddress;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * psutil's {@code net_if_addrs()} rules ({@code arch/posix/net.c} {@code psutil_net_if_addrs},
 * {@code psutil/__init__.py}) over a made-up OS whose socket address is one family byte followed by
 * the address bytes: family 2 is IPv4 (dotted), 18 is link level (colon hex, None when empty), 28
 * IPv6 (as {@link InetText}); 7 is a family psutil does not convert.
 */
class NetIfAddrsTest {
  private static final Map<Integer, AddressFamily> FAMILIES =
      Map.of(2, AddressFamily.INET, 18, AddressFamily.LINK, 28, AddressFamily.INET6);

  private static Map<String, List<NicAddress>> build(NetIfAddrs.Entry... entries) {
    return NetIfAddrs.build(
        List.of(entries),
        FAMILIES,
        sa -> sa.get(0),
        (sa, family, name) -> {
          byte[] a = Arrays.copyOfRange(sa.array(), 1, sa.limit());
          return switch (family) {
            case 18 ->
                a.length == 0
                    ? null
                    : IntStream.range(0, a.length)
                        .mapToObj(i -> String.format("%02x", a[i]))
                        .collect(Collectors.joining(":"));
            case 2, 28 -> InetText.of(a) + (name.equals("zoned") ? "%" + name : "");
            default -> null;
          };
        });
  }

  private static Optional<ByteBuffer> sa(int family, int... bytes) {
    ByteBuffer b = ByteBuffer.allocate(1 + bytes.length).put((byte) family);
    for (int v : bytes) {
      b.put((byte) v);
    }
    return Optional.of(b.flip());
  }

  private static NetIfAddrs.Entry entry(
      String name, long flags, Optional<ByteBuffer> addr, Optional<ByteBuffer> mask) {
    return new NetIfAddrs.Entry(name, flags, addr, mask, sa(2, 10, 0, 0, 255));
  }

  private static NicAddress nic(
      AddressFamily f, String address, String netmask, String broadcast, String ptp) {
    return new NicAddress(
        f,
        Optional.ofNullable(address),
        Optional.ofNullable(netmask),
        Optional.ofNullable(broadcast),
        Optional.ofNullable(ptp));
  }

  @Test
  void broadcastOnlyWithIffBroadcastPtpOnlyWithIffPointopointNoneOnASlash32() {
    Map<String, List<NicAddress>> m =
        build(
            entry("bc0", NetIfAddrs.IFF_BROADCAST, sa(2, 10, 0, 0, 1), sa(2, 255, 255, 255, 0)),
            entry("pp0", NetIfAddrs.IFF_POINTOPOINT, sa(2, 10, 0, 0, 2), Optional.empty()),
            entry("lo0", 0, sa(2, 127, 0, 0, 1), sa(2, 255, 0, 0, 0)),
            entry("h32", NetIfAddrs.IFF_BROADCAST, sa(2, 10, 0, 0, 3), sa(2, 255, 255, 255, 255)));
    assertThat(m.get("bc0"))
        .containsExactly(nic(AddressFamily.INET, "10.0.0.1", "255.255.255.0", "10.0.0.255", null));
    assertThat(m.get("pp0"))
        .containsExactly(nic(AddressFamily.INET, "10.0.0.2", null, null, "10.0.0.255"));
    assertThat(m.get("lo0"))
        .containsExactly(nic(AddressFamily.INET, "127.0.0.1", "255.0.0.0", null, null));
    assertThat(m.get("h32"))
        .containsExactly(nic(AddressFamily.INET, "10.0.0.3", "255.255.255.255", null, null));
  }

  @Test
  void unconvertedEntriesAreUnspecAndEverythingIsStableSortedByFamilyNumber() {
    int[] v6 = new int[16];
    v6[15] = 1;
    Map<String, List<NicAddress>> m =
        build(
            entry("b", 0, sa(28, v6), Optional.empty()),
            entry("b", 0, sa(18, 0xaa, 0xbb, 0xcc, 0xdd), Optional.empty()),
            entry("a", 0, sa(2, 192, 0, 2, 1), Optional.empty()),
            entry("b", 0, sa(18), Optional.empty()), // an empty link-level address: None
            entry("c", 0, sa(7, 1, 2), Optional.empty()),
            entry("d", 0, Optional.empty(), Optional.empty()),
            entry("b", 0, sa(2, 192, 0, 2, 2), Optional.empty()));
    NicAddress unspec = nic(AddressFamily.UNSPEC, null, null, null, null);
    assertThat(m.keySet()).containsExactly("b", "c", "d", "a");
    assertThat(m.get("b"))
        .containsExactly(
            unspec,
            nic(AddressFamily.INET, "192.0.2.2", null, null, null),
            nic(AddressFamily.LINK, "aa:bb:cc:dd:00:00", null, null, null), // psutil gh-786
            nic(AddressFamily.INET6, "::1", null, null, null));
    assertThat(m.get("c")).containsExactly(unspec);
    assertThat(m.get("d")).containsExactly(unspec);
    assertThat(m.get("a")).containsExactly(nic(AddressFamily.INET, "192.0.2.1", null, null, null));
  }
}
