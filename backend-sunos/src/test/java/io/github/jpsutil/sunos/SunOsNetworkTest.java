package io.github.jpsutil.sunos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicDuplex;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.sunos.acquire.FakeSunOsNative;
import io.github.jpsutil.sunos.parse.TestSockaddrs;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Network functions and the physical CPU count end to end over {@link FakeSunOsNative}: kstats of
 * class {@code net} and {@code cpu_info}, {@code SIOCGLIF*} answers and a {@code getifaddrs} list.
 * Expected values are worked out by hand from psutil's {@code arch/sunos/net.c} and {@code
 * arch/sunos/cpu.c} and the kstat names of illumos's GLDv3 link statistics.
 */
class SunOsNetworkTest {
  private static SunOsBackend backend(FakeSunOsNative lib) {
    Path none = Path.of("/nonexistent-procfs");
    return new SunOsBackend(new BackendConfig(none, none, none), lib);
  }

  private static Map<String, Long> stats(Object... kv) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], ((Number) kv[i + 1]).longValue());
    }
    return m;
  }

  /**
   * e1000g0 with a driver kstat (32-bit counters) and a GLDv3 link kstat (64-bit twins); lo0; a
   * class-net kstat with no IP interface (e1000g1, unplumbed); a misc kstat named like an
   * interface.
   */
  private static FakeSunOsNative lan() {
    return new FakeSunOsNative()
        .namedKstat(
            "e1000g",
            0,
            "e1000g0",
            "net",
            stats(
                "rbytes",
                11,
                "obytes",
                12,
                "ipackets",
                13,
                "opackets",
                14,
                "ierrors",
                1,
                "oerrors",
                2))
        .namedKstat(
            "link",
            0,
            "e1000g0",
            "net",
            stats(
                "rbytes",
                5_000L,
                "rbytes64",
                8_589_939_592L,
                "obytes",
                7_000,
                "obytes64",
                7_000,
                "ipackets",
                30,
                "ipackets64",
                30,
                "opackets",
                40,
                "opackets64",
                40,
                "ierrors",
                3,
                "oerrors",
                4,
                "link_up",
                1,
                "link_duplex",
                2,
                "ifspeed",
                10_000_000_000L))
        .namedKstat("lo", 0, "lo0", "net", stats("ipackets", 9, "opackets", 9))
        .namedKstat(
            "e1000g",
            1,
            "e1000g1",
            "net",
            stats(
                "rbytes", 1, "obytes", 1, "ipackets", 1, "opackets", 1, "ierrors", 0, "oerrors", 0))
        .namedKstat("unix", 0, "vni0", "misc", stats("x", 1))
        .lif("e1000g0", 0x1000843, 1500) // IPV4|MULTICAST|RUNNING|BROADCAST|UP
        .lif("lo0", 0x1000849, 8232) // IPV4|MULTICAST|RUNNING|LOOPBACK|UP
        .lif("vni0", 0x1000840, 0);
  }

  @Test
  void netIoCountersPreferTheLinkKstatsSixtyFourBitCounters() {
    Map<String, NetIoCounters> io = backend(lan()).network().ioCounters();
    assertThat(io).containsOnlyKeys("e1000g0"); // lo skipped, e1000g1 no IP interface, vni0 misc
    // rbytes64 is 2^33 + 5000: the 32-bit rbytes (5000) has wrapped twice.
    assertThat(io.get("e1000g0"))
        .isEqualTo(new NetIoCounters(7_000, 8_589_939_592L, 40, 30, 3, 4, 0, 0));
  }

  @Test
  void netIfStatsFromFlagsLinkStateSpeedAndMtu() {
    FakeSunOsNative lib = lan();
    Map<String, NicStats> st = backend(lib).network().ifStats();
    assertThat(st).containsOnlyKeys("e1000g0", "lo0");
    // 10 Gbit/s: psutil's (int) cast of the bit rate would overflow; 10_000 Mbit/s here.
    assertThat(st.get("e1000g0"))
        .isEqualTo(new NicStats(true, NicDuplex.FULL, OptionalInt.of(10_000), 1500, List.of()));
    // lo0: no link_up (up from IFF_UP alone), no duplex, no ifspeed (psutil 0 → empty).
    assertThat(st.get("lo0"))
        .isEqualTo(new NicStats(true, NicDuplex.UNKNOWN, OptionalInt.empty(), 8232, List.of()));
  }

  @Test
  void linkDownOrInterfaceDownIsNotUp() {
    FakeSunOsNative lib =
        new FakeSunOsNative()
            .namedKstat(
                "link",
                0,
                "net0",
                "net",
                stats("link_up", 0, "link_duplex", 1, "ifspeed", 100_000_000))
            .namedKstat("link", 0, "net1", "net", stats("link_up", 1))
            .lif("net0", 0x1000843, 9000)
            .lif("net1", 0x1000842, 1500); // IFF_UP clear
    Map<String, NicStats> st = backend(lib).network().ifStats();
    assertThat(st.get("net0"))
        .isEqualTo(new NicStats(false, NicDuplex.HALF, OptionalInt.of(100), 9000, List.of()));
    assertThat(st.get("net1").isUp()).isFalse();
  }

  @Test
  void aNameSiocglifflagsRefusesIsNoInterfaceAsPsutil() {
    FakeSunOsNative lib = lan().failOnce("SIOCGLIFFLAGS lo0", FakeSunOsNative.EIO);
    assertThat(backend(lib).network().ifStats()).containsOnlyKeys("e1000g0");
  }

  @Test
  void aFailingMtuIoctlFailsNetIfStatsAsPsutil() {
    FakeSunOsNative lib = lan().failOnce("SIOCGLIFMTU lo0", FakeSunOsNative.EIO);
    assertThatThrownBy(() -> backend(lib).network().ifStats())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("ioctl(SIOCGLIFMTU, lo0) failed: errno 5");
  }

  @Test
  void netIfAddrsWalksTheListAndFreesIt() {
    FakeSunOsNative lib =
        new FakeSunOsNative()
            .ifaddr(
                "lo0",
                0x1000849,
                TestSockaddrs.in("127.0.0.1"),
                TestSockaddrs.in("255.0.0.0"),
                null)
            .ifaddr(
                "e1000g0",
                0x1000843,
                TestSockaddrs.in("10.0.2.15"),
                TestSockaddrs.in("255.255.255.0"),
                TestSockaddrs.in("10.0.2.255"))
            .ifaddr("vni0", 0x1000840, null, null, null);
    var addrs = backend(lib).network().ifAddrs();
    assertThat(lib.ifaddrsFreed()).isTrue();
    assertThat(addrs.keySet()).containsExactly("vni0", "lo0", "e1000g0");
    assertThat(addrs.get("e1000g0").get(0).broadcast()).contains("10.0.2.255");
    assertThat(addrs.get("lo0").get(0).netmask()).contains("255.0.0.0");
  }

  @Test
  void getifaddrsFailureNamesTheCallAndAnEmptyListIsEmpty() {
    FakeSunOsNative lib = new FakeSunOsNative().failOnce("getifaddrs", FakeSunOsNative.ENOMEM);
    assertThatThrownBy(() -> backend(lib).network().ifAddrs())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("getifaddrs");
    assertThat(backend(new FakeSunOsNative()).network().ifAddrs()).isEmpty();
  }

  /** Two chips, two cores each, two threads per core: 8 cpu_info kstats, 4 cores. */
  @Test
  void physicalCoresAreDistinctChipAndCoreIds() {
    FakeSunOsNative lib = new FakeSunOsNative();
    for (int cpu = 0; cpu < 8; cpu++) {
      int chip = cpu / 4;
      int core = chip * 2 + cpu % 4 / 2; // illumos core_id is unique across chips
      lib.namedKstat("cpu_info", cpu, "cpu_info" + cpu, stats("chip_id", chip, "core_id", core));
    }
    assertThat(backend(lib).cpu().cpuCountPhysical()).hasValue(4);
    assertThat(backend(new FakeSunOsNative()).cpu().cpuCountPhysical()).isEmpty();
  }

  @Test
  void aCpuInfoWithoutCoreIdIsAnError() {
    FakeSunOsNative lib =
        new FakeSunOsNative().namedKstat("cpu_info", 0, "cpu_info0", stats("chip_id", 0));
    assertThatThrownBy(() -> backend(lib).cpu().cpuCountPhysical()).hasMessageContaining("core_id");
  }
}
