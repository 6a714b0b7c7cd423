package io.github.jpsutil.windows;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicDuplex;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.windows.capture.CaptureDirectory;
import io.github.jpsutil.windows.capture.ReplayWindowsApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * net_if_addrs, net_io_counters and net_if_stats through the whole backend over the replayed
 * GetAdaptersAddresses and GetIfTable2 buffers, compared with what the probe printed from the same
 * adapter list walked by MinGW's struct definitions ({@code adapters.tsv}, addresses by {@code
 * InetNtopA}, netmasks by {@code ConvertLengthToIpv4Mask}), from {@code GetIfEntry2} per adapter
 * ({@code ifentry2.tsv}) and from the older {@code GetIfTable} psutil's net_if_stats reads ({@code
 * iftable.tsv}).
 */
class NetworkCaptureTest {
  private static Map<String, String> row(List<Map<String, String>> rows, String key, String v) {
    return rows.stream().filter(r -> r.get(key).equals(v)).findFirst().orElseThrow();
  }

  /** Exact: names in list order, the MAC first (XX-XX-…), then each unicast address. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void addressesAreThoseTheProbeWalked(CaptureDirectory capture) {
    Map<String, List<NicAddress>> decoded =
        WindowsBackend.over(new ReplayWindowsApi(capture)).network().ifAddrs();
    List<Map<String, String>> adapters = capture.tsv("adapters.tsv");
    assertThat(decoded.keySet())
        .containsExactlyElementsOf(adapters.stream().map(a -> a.get("friendlyName")).toList());
    for (Map<String, String> a : adapters) {
      List<NicAddress> expected = new ArrayList<>();
      if (!a.get("mac").isEmpty()) {
        expected.add(nic(AddressFamily.LINK, a.get("mac"), null));
      }
      for (String u :
          a.get("addresses").isEmpty() ? new String[0] : a.get("addresses").split(";")) {
        String[] f = u.split("/");
        expected.add(
            f[0].equals("2")
                ? nic(AddressFamily.INET, f[1], f.length > 3 ? f[3] : null)
                : nic(AddressFamily.INET6, f[1], null));
      }
      assertThat(decoded.get(a.get("friendlyName"))).as(a.get("friendlyName")).isEqualTo(expected);
    }
    assertThat(adapters).as("Wine lists the host's interfaces, loopback among them").isNotEmpty();
  }

  /**
   * GetIfTable2 was read after GetIfEntry2 (probe order) on live interfaces: each counter is at
   * least GetIfEntry2's and at most 4 MiB / 4096 packets more; errors and drops equal.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void countersMatchGetIfEntry2(CaptureDirectory capture) {
    Map<String, NetIoCounters> decoded =
        WindowsBackend.over(new ReplayWindowsApi(capture)).network().ioCounters();
    List<Map<String, String>> entries = capture.tsv("ifentry2.tsv");
    assertThat(decoded.keySet())
        .containsExactlyInAnyOrderElementsOf(
            entries.stream().map(e -> e.get("friendlyName")).toList());
    for (Map<String, String> e : entries) {
      NetIoCounters c = decoded.get(e.get("friendlyName"));
      within(c.bytesSent(), e.get("bytesSent"), 4 << 20);
      within(c.bytesRecv(), e.get("bytesRecv"), 4 << 20);
      within(c.packetsSent(), e.get("packetsSent"), 4096);
      within(c.packetsRecv(), e.get("packetsRecv"), 4096);
      assertThat(c.errin()).isEqualTo(Long.parseLong(e.get("errin")));
      assertThat(c.errout()).isEqualTo(Long.parseLong(e.get("errout")));
      assertThat(c.dropin()).isEqualTo(Long.parseLong(e.get("dropin")));
      assertThat(c.dropout()).isEqualTo(Long.parseLong(e.get("dropout")));
    }
  }

  private static void within(long decoded, String earlier, long slack) {
    long before = Long.parseLong(earlier);
    assertThat(decoded).isBetween(before, before + slack);
  }

  /**
   * psutil's rule on GetIfTable's MIB_IFROW: up when dwOperStatus is CONNECTED (4) or OPERATIONAL
   * (5) and dwAdminStatus is 1; speed dwSpeed / 10^6 (0: unknown); MTU dwMtu; duplex full.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void statsFollowGetIfTable(CaptureDirectory capture) {
    Map<String, NicStats> decoded =
        WindowsBackend.over(new ReplayWindowsApi(capture)).network().ifStats();
    List<Map<String, String>> table = capture.tsv("iftable.tsv");
    for (Map<String, String> a : capture.tsv("adapters.tsv")) {
      Map<String, String> r = row(table, "ifIndex", a.get("ifIndex"));
      int oper = Integer.parseInt(r.get("operStatus"));
      long mbits = Long.parseLong(r.get("speed")) / 1_000_000;
      NicStats s = decoded.get(a.get("friendlyName"));
      assertThat(s.isUp())
          .as(a.get("friendlyName"))
          .isEqualTo((oper == 4 || oper == 5) && r.get("adminStatus").equals("1"));
      assertThat(s.mtu()).isEqualTo(Integer.parseInt(r.get("mtu")));
      assertThat(s.speed().orElse(0)).isEqualTo((int) mbits);
      assertThat(s.duplex()).isEqualTo(NicDuplex.FULL);
    }
    assertThat(decoded.values()).anyMatch(NicStats::isUp);
  }

  private static NicAddress nic(AddressFamily f, String address, String mask) {
    return new NicAddress(
        f, Optional.of(address), Optional.ofNullable(mask), Optional.empty(), Optional.empty());
  }
}
