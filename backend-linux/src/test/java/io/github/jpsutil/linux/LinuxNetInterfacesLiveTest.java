package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicDuplex;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.parse.IfFlags;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Interfaces against independent sources: {@code ip -j addr}/{@code ip -j link} (iproute2, which
 * talks netlink, not getifaddrs), {@code /sys/class/net}, and a plain re-read of {@code
 * /proc/net/dev}.
 */
@EnabledOnOs(OS.LINUX)
@EnabledIf("hasIp")
class LinuxNetInterfacesLiveTest {
  private static final LinuxNet NET = new LinuxNet(new LinuxFiles(BackendConfig.defaults()));

  /** psutil's test_linux tolerances (psutil/tests/test_linux.py TestNetIoCounters). */
  private static final long BYTES_TOLERANCE = 10 * 1024;

  private static final long PACKETS_TOLERANCE = 1024;
  private static final long ERRORS_TOLERANCE = 10;

  static boolean hasIp() {
    return NetToolRunner.works("ip", "-j", "link");
  }

  private static List<Map<String, Object>> ip(String what) {
    return MiniJson.parseArrayOfObjects(NetToolRunner.run("ip", "-j", what));
  }

  @Test
  void ioCountersMatchAFreshReadOfProcNetDev() throws IOException {
    Map<String, NetIoCounters> ours = NET.ioCounters();
    Map<String, long[]> fresh = new HashMap<>();
    List<String> lines = Files.readAllLines(Path.of("/proc/net/dev"));
    for (String line : lines.subList(2, lines.size())) {
      String[] nameAndRest = line.split(":", 2);
      String[] f = nameAndRest[1].trim().split("\\s+");
      long[] v = new long[f.length];
      for (int i = 0; i < f.length; i++) {
        v[i] = Long.parseLong(f[i]);
      }
      fresh.put(nameAndRest[0].trim(), v);
    }
    assertThat(ours.keySet()).isEqualTo(fresh.keySet());
    for (var e : ours.entrySet()) {
      long[] v = fresh.get(e.getKey());
      NetIoCounters c = e.getValue();
      String nic = e.getKey();
      assertThat(v[0])
          .as(nic + " bytes_recv")
          .isBetween(c.bytesRecv(), c.bytesRecv() + BYTES_TOLERANCE);
      assertThat(v[8])
          .as(nic + " bytes_sent")
          .isBetween(c.bytesSent(), c.bytesSent() + BYTES_TOLERANCE);
      assertThat(v[1])
          .as(nic + " packets_recv")
          .isBetween(c.packetsRecv(), c.packetsRecv() + PACKETS_TOLERANCE);
      assertThat(v[9])
          .as(nic + " packets_sent")
          .isBetween(c.packetsSent(), c.packetsSent() + PACKETS_TOLERANCE);
      assertThat(v[2]).as(nic + " errin").isBetween(c.errin(), c.errin() + ERRORS_TOLERANCE);
      assertThat(v[10]).as(nic + " errout").isBetween(c.errout(), c.errout() + ERRORS_TOLERANCE);
      assertThat(v[3]).as(nic + " dropin").isBetween(c.dropin(), c.dropin() + ERRORS_TOLERANCE);
      assertThat(v[11]).as(nic + " dropout").isBetween(c.dropout(), c.dropout() + ERRORS_TOLERANCE);
    }
  }

  /** The driver counters behind /proc/net/dev, one file each (dev_seq_printf_stats sums drops). */
  @Test
  void ioCountersMatchSysfsStatistics() throws IOException {
    Map<String, NetIoCounters> ours = NET.ioCounters();
    int compared = 0;
    for (var e : ours.entrySet()) {
      Path stats = Path.of("/sys/class/net", e.getKey(), "statistics");
      if (!Files.isDirectory(stats)) {
        continue; // another network namespace's sysfs
      }
      compared++;
      NetIoCounters c = e.getValue();
      String nic = e.getKey();
      assertThat(read(stats, "rx_bytes"))
          .as(nic + " bytes_recv")
          .isBetween(c.bytesRecv(), c.bytesRecv() + BYTES_TOLERANCE);
      assertThat(read(stats, "tx_bytes"))
          .as(nic + " bytes_sent")
          .isBetween(c.bytesSent(), c.bytesSent() + BYTES_TOLERANCE);
      assertThat(read(stats, "rx_packets"))
          .as(nic + " packets_recv")
          .isBetween(c.packetsRecv(), c.packetsRecv() + PACKETS_TOLERANCE);
      assertThat(read(stats, "tx_packets"))
          .as(nic + " packets_sent")
          .isBetween(c.packetsSent(), c.packetsSent() + PACKETS_TOLERANCE);
      assertThat(read(stats, "rx_errors"))
          .as(nic + " errin")
          .isBetween(c.errin(), c.errin() + ERRORS_TOLERANCE);
      assertThat(read(stats, "tx_errors"))
          .as(nic + " errout")
          .isBetween(c.errout(), c.errout() + ERRORS_TOLERANCE);
      assertThat(read(stats, "rx_dropped") + read(stats, "rx_missed_errors"))
          .as(nic + " dropin")
          .isBetween(c.dropin(), c.dropin() + ERRORS_TOLERANCE);
      assertThat(read(stats, "tx_dropped"))
          .as(nic + " dropout")
          .isBetween(c.dropout(), c.dropout() + ERRORS_TOLERANCE);
    }
    assertThat(compared).isPositive();
  }

  private static long read(Path dir, String file) throws IOException {
    return Long.parseLong(Files.readString(dir.resolve(file)).trim());
  }

  /**
   * Every inet/inet6 address of {@code ip -j addr} is ours (and no other), under the address's
   * label for IPv4, with its netmask and broadcast; every Ethernet/loopback MAC equals ip's, with
   * the link broadcast only when the interface has IFF_BROADCAST. Retried once.
   */
  @Test
  void ifAddrsMatchIpAddr() {
    List<String> problems = compareAddrs(NET.ifAddrs(), ip("addr"));
    if (!problems.isEmpty()) {
      problems = compareAddrs(NET.ifAddrs(), ip("addr"));
    }
    assertThat(problems).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<String> compareAddrs(
      Map<String, List<NicAddress>> ours, List<Map<String, Object>> links) {
    List<String> problems = new ArrayList<>();
    Map<String, Set<String>> ipV4 = new TreeMap<>();
    Map<String, Set<String>> ipV6 = new TreeMap<>();
    for (Map<String, Object> link : links) {
      String name = (String) link.get("ifname");
      List<NicAddress> mine = ours.getOrDefault(name, List.of());
      List<String> flags = (List<String>) link.get("flags");
      String type = (String) link.get("link_type");
      if (("ether".equals(type) || "loopback".equals(type)) && link.get("address") != null) {
        Optional<String> broadcast =
            flags.contains("BROADCAST")
                ? Optional.of((String) link.get("broadcast"))
                : Optional.empty();
        NicAddress expected =
            new NicAddress(
                AddressFamily.LINK,
                Optional.of((String) link.get("address")),
                Optional.empty(),
                broadcast,
                Optional.empty());
        if (!mine.contains(expected)) {
          problems.add(name + ": no " + expected + " in " + mine);
        }
      }
      for (Map<String, Object> a : (List<Map<String, Object>>) link.get("addr_info")) {
        String local = (String) a.get("local");
        int prefix = ((Long) a.get("prefixlen")).intValue();
        if ("inet".equals(a.get("family"))) {
          String label = (String) a.getOrDefault("label", name);
          ipV4.computeIfAbsent(label, k -> new TreeSet<>()).add(local);
          Optional<String> brd =
              prefix == 32 ? Optional.empty() : Optional.ofNullable((String) a.get("broadcast"));
          List<NicAddress> match =
              ours.getOrDefault(label, List.of()).stream()
                  .filter(n -> n.address().equals(Optional.of(local)))
                  .toList();
          if (match.size() != 1
              || prefix(match.get(0).netmask()) != prefix
              || !match.get(0).broadcast().equals(brd)) {
            problems.add(label + ": " + a + " vs " + match);
          }
        } else if ("inet6".equals(a.get("family"))) {
          ipV6.computeIfAbsent(name, k -> new TreeSet<>()).add(local);
          List<NicAddress> match =
              mine.stream()
                  .filter(n -> n.family() == AddressFamily.INET6)
                  .filter(n -> n.address().orElseThrow().split("%")[0].equals(local))
                  .toList();
          boolean link6 = "link".equals(a.get("scope"));
          if (match.size() != 1
              || prefix(match.get(0).netmask()) != prefix
              || (link6 && !match.get(0).address().orElseThrow().equals(local + "%" + name))) {
            problems.add(name + ": " + a + " vs " + match);
          }
        }
      }
    }
    // and no address of ours that ip does not know
    assertFamilySets(ours, AddressFamily.INET, ipV4, problems);
    assertFamilySets(ours, AddressFamily.INET6, ipV6, problems);
    return problems;
  }

  private static void assertFamilySets(
      Map<String, List<NicAddress>> ours,
      AddressFamily family,
      Map<String, Set<String>> ip,
      List<String> problems) {
    Map<String, Set<String>> mine = new TreeMap<>();
    ours.forEach(
        (nic, list) ->
            list.stream()
                .filter(n -> n.family() == family)
                .forEach(
                    n ->
                        mine.computeIfAbsent(nic, k -> new TreeSet<>())
                            .add(n.address().orElseThrow().split("%")[0])));
    if (!mine.equals(ip)) {
      problems.add(family + " sets differ: ours " + mine + ", ip " + ip);
    }
  }

  /**
   * The prefix length of a netmask text (parsed by java.net), or -1 if absent or not contiguous.
   */
  private static int prefix(Optional<String> netmask) {
    if (netmask.isEmpty()) {
      return -1;
    }
    byte[] m;
    try {
      m = InetAddress.getByName(netmask.get()).getAddress();
    } catch (java.net.UnknownHostException e) {
      return -1;
    }
    int bits = 0;
    while (bits < m.length * 8 && (m[bits / 8] & (0x80 >>> (bits % 8))) != 0) {
      bits++;
    }
    for (int i = bits; i < m.length * 8; i++) {
      if ((m[i / 8] & (0x80 >>> (i % 8))) != 0) {
        return -1;
      }
    }
    return bits;
  }

  /**
   * MTU equals ip's and /sys/class/net's; the flags equal ip's flags of psutil's vocabulary (ip
   * never prints RUNNING but prints NO-CARRIER when up and not running), in psutil's order; duplex
   * and speed equal sysfs's where sysfs answers.
   */
  @Test
  @SuppressWarnings("unchecked")
  void ifStatsMatchIpLinkAndSysfs() throws IOException {
    Map<String, NicStats> ours = NET.ifStats();
    List<String> vocabulary = IfFlags.names(0xffff);
    for (Map<String, Object> link : ip("link")) {
      String name = (String) link.get("ifname");
      NicStats s = ours.get(name);
      assertThat(s).as(name).isNotNull();
      assertThat(s.mtu()).as(name + " mtu").isEqualTo(((Long) link.get("mtu")).intValue());
      Path sys = Path.of("/sys/class/net", name);
      if (Files.isDirectory(sys)) {
        assertThat(s.mtu()).as(name + " sysfs mtu").isEqualTo((int) read(sys, "mtu"));
      }
      Set<String> ipFlags =
          ((List<String>) link.get("flags"))
              .stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
      boolean running = ipFlags.contains("up") && !ipFlags.contains("no-carrier");
      List<String> expected = new ArrayList<>();
      for (String f : vocabulary) {
        if (ipFlags.contains(f) || (f.equals("running") && running)) {
          expected.add(f);
        }
      }
      assertThat(s.flags()).as(name + " flags").isEqualTo(expected);
      assertThat(s.isUp()).as(name + " isup").isEqualTo(running);
      if (Files.isDirectory(sys)) {
        compareLinkSettings(name, s, sys, ipFlags.contains("up"));
      }
    }
  }

  private static void compareLinkSettings(String name, NicStats s, Path sys, boolean up) {
    String speed;
    String duplex;
    try {
      speed = Files.readString(sys.resolve("speed")).trim();
      duplex = Files.readString(sys.resolve("duplex")).trim();
    } catch (IOException e) {
      // EINVAL: the driver has no link settings (ours must be unknown), or the link is down
      if (up) {
        assertThat(s.speed()).as(name + " speed").isEmpty();
        assertThat(s.duplex()).as(name + " duplex").isEqualTo(NicDuplex.UNKNOWN);
      }
      return;
    }
    long mbps = Long.parseLong(speed);
    assertThat(s.speed())
        .as(name + " speed vs sysfs " + speed)
        .isEqualTo(
            mbps > 0 && mbps <= Integer.MAX_VALUE
                ? OptionalInt.of((int) mbps)
                : OptionalInt.empty());
    NicDuplex d =
        switch (duplex) {
          case "full" -> NicDuplex.FULL;
          case "half" -> NicDuplex.HALF;
          default -> NicDuplex.UNKNOWN;
        };
    assertThat(s.duplex()).as(name + " duplex vs sysfs " + duplex).isEqualTo(d);
  }

  /** psutil's test_nic_names: the three functions name the same interfaces, as ip does. */
  @Test
  void nicNamesAgree() {
    Set<String> io = new TreeSet<>(NET.ioCounters().keySet());
    Set<String> stats = new TreeSet<>(NET.ifStats().keySet());
    Set<String> addrs =
        NET.ifAddrs().keySet().stream()
            .map(n -> n.split(":")[0]) // IPv4 labels such as eth0:1
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> ipNames =
        ip("link").stream()
            .map(l -> (String) l.get("ifname"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(io).isEqualTo(stats).isEqualTo(addrs).isEqualTo(ipNames).isNotEmpty();
  }
}
