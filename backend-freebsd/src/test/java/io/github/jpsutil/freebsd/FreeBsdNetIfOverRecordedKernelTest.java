package io.github.jpsutil.freebsd;

import static io.github.jpsutil.freebsd.layout.TableStructs.concat;
import static io.github.jpsutil.freebsd.layout.TableStructs.ifinfo;
import static io.github.jpsutil.freebsd.layout.TableStructs.le;
import static io.github.jpsutil.freebsd.layout.TableStructs.sockaddrIn;
import static io.github.jpsutil.freebsd.layout.TableStructs.sockaddrIn6;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.NicDuplex;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.freebsd.acquire.RecordedKernel;
import io.github.jpsutil.freebsd.acquire.RecordedKernel.Answer;
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
 * net_if_stats and net_if_addrs over the fake kernel: which ioctls are made for which interface,
 * what a failing one means (psutil gh-1279: a vanished interface is left out; SIOCGIFMEDIA's
 * failure is "unknown"; anything else is an error naming the call).
 */
class FreeBsdNetIfOverRecordedKernelTest {
  private static final LayoutTable T = LayoutTable.amd64();

  /** What the kernel writes after the 16 name bytes, from a struct laid out by the table. */
  static Answer tail(String struct, String field, long value) {
    ByteBuffer full = T.put(le(T.size(struct)), 0, struct, field, value);
    return Answer.of(full.slice(16, full.limit() - 16));
  }

  /** em0 (1 Gbit/s full duplex), lo0 (no media), gone0 (vanished before its ioctls). */
  static RecordedKernel kernel() {
    RecordedKernel k = FakeFreeBsd.kernel();
    k.answer(
        new int[] {4, 17, 0, 0, 3, 0},
        Answer.of(concat(ifinfo("em0", 1), ifinfo("lo0", 2), ifinfo("gone0", 3))));
    k.answer("ioctl c0206933 em0", tail("struct ifreq", "ifr_ifru.ifru_mtu", 1500))
        .answer("ioctl c0206911 em0", tail("struct ifreq", "ifr_ifru.ifru_flags[0]", 0x8843))
        .answer("ioctl c0306938 em0", tail("struct ifmediareq", "ifm_active", 0x100030));
    k.answer("ioctl c0206933 lo0", tail("struct ifreq", "ifr_ifru.ifru_mtu", 16384))
        .answer("ioctl c0206911 lo0", tail("struct ifreq", "ifr_ifru.ifru_flags[0]", 0x8049))
        .answer("ioctl c0306938 lo0", Answer.errno(22)); // EINVAL: lo0 has no media
    k.answer("ioctl c0206933 gone0", Answer.errno(6)); // ENXIO: no such interface any more
    return k;
  }

  @Test
  void statsFollowTheInterfaceListAndSkipAVanishedInterface() {
    RecordedKernel k = kernel();
    Map<String, NicStats> got = FakeFreeBsd.backend(k).network().ifStats();
    assertThat(got)
        .containsExactly(
            Map.entry(
                "em0",
                new NicStats(
                    true,
                    NicDuplex.FULL,
                    OptionalInt.of(1000),
                    1500,
                    List.of("up", "broadcast", "running", "multicast", "simplex"))),
            Map.entry(
                "lo0",
                new NicStats(
                    true,
                    NicDuplex.UNKNOWN,
                    OptionalInt.empty(),
                    16384,
                    List.of("up", "loopback", "running", "multicast"))));
    assertThat(k.calls())
        .containsSubsequence(
            "ioctl c0206933 em0",
            "ioctl c0206911 em0",
            "ioctl c0306938 em0",
            "ioctl c0206933 gone0");
  }

  @Test
  void anotherIoctlFailureNamesTheCallAndTheInterface() {
    RecordedKernel k = kernel().answer("ioctl c0206911 em0", Answer.errno(5)); // EIO
    assertThatThrownBy(() -> FakeFreeBsd.backend(k).network().ifStats())
        .hasMessageContaining("ioctl(SIOCGIFFLAGS em0)")
        .hasMessageContaining("errno 5");
  }

  @Test
  void addressesComeFromGetifaddrsWithZoneNamesFromTheKernel() {
    byte[] ll = HexFormat.of().parseHex("fe800000000000000000000000000001");
    RecordedKernel k =
        kernel()
            .ifaddrs(
                Map.of(2, "em0"),
                new NetIfAddrs.Entry(
                    "em0",
                    0x8843,
                    Optional.of(sockaddrIn6(ll, 2)),
                    Optional.empty(),
                    Optional.empty()),
                new NetIfAddrs.Entry(
                    "em0",
                    0x8843,
                    Optional.of(sockaddrIn(10, 1, 2, 3)),
                    Optional.of(sockaddrIn(255, 255, 0, 0)),
                    Optional.of(sockaddrIn(10, 1, 255, 255))));
    var got = FakeFreeBsd.backend(k).network().ifAddrs().get("em0");
    assertThat(got)
        .extracting(a -> a.address().orElseThrow())
        .containsExactly("10.1.2.3", "fe80::1%em0");
    assertThat(got.get(0).broadcast()).contains("10.1.255.255");
  }

  @Test
  void processConnectionsReadTheFileTableThenTheTcpList() {
    RecordedKernel k = FakeFreeBsd.kernel();
    var self = FakeFreeBsd.backend(k).processes().open(FakeFreeBsd.SELF);
    assertThat(self.connections(ConnectionKind.UDP)).isEmpty();
    assertThat(k.calls()).doesNotContain("nametomib net.inet.tcp.pcblist");
    assertThat(self.connections(ConnectionKind.TCP))
        .containsExactly(
            new Connection(
                OptionalInt.of(4),
                AddressFamily.INET,
                SocketType.STREAM,
                Optional.of(new Endpoint.Inet("0.0.0.0", 0)),
                Optional.empty(),
                ConnectionStatus.LISTEN,
                OptionalInt.empty()));
    assertThat(k.calls()).contains("nametomib net.inet.tcp.pcblist", "[4, 2, 6, 77]");
  }

  @Test
  void systemConnectionsJoinThePcbListsToKernFile() {
    RecordedKernel k = FakeFreeBsd.kernel();
    var got = FakeFreeBsd.backend(k).network().connections(ConnectionKind.ALL);
    // the fake's kern.file holds one socket (0x1000, pid SELF fd 4); the UDP pcb (0x2000) has no
    // owner and is left out
    assertThat(got)
        .containsExactly(
            new Connection(
                OptionalInt.of(4),
                AddressFamily.INET,
                SocketType.STREAM,
                Optional.of(new Endpoint.Inet("0.0.0.0", 0)),
                Optional.empty(),
                ConnectionStatus.LISTEN,
                OptionalInt.of(FakeFreeBsd.SELF)),
            new Connection(
                OptionalInt.of(4),
                AddressFamily.UNIX,
                SocketType.DGRAM,
                Optional.of(new Endpoint.Unix("/var/run/log")),
                Optional.of(new Endpoint.Unix("")),
                ConnectionStatus.NONE,
                OptionalInt.of(FakeFreeBsd.SELF)));
    assertThat(FakeFreeBsd.backend(FakeFreeBsd.kernel()).network().connections(ConnectionKind.UDP))
        .isEmpty();
  }
}
