package io.github.jpsutil.metrics;

import static io.github.jpsutil.metrics.MeterValues.all;
import static io.github.jpsutil.metrics.MeterValues.sum;
import static io.github.jpsutil.metrics.MeterValues.tagKeys;
import static io.github.jpsutil.metrics.MeterValues.tagValues;
import static io.github.jpsutil.metrics.MeterValues.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The system meters on this machine, each compared with jpsutil's own call made right after the
 * binder's sample (and, where it is the direct source, with /proc). The binder's sample age is
 * pinned at one hour so that reading a meter never resamples behind the test's back; the test calls
 * {@code refresh()} itself. Tolerances are stated where values move between the two reads.
 */
@EnabledOnOs(OS.LINUX)
class SystemMetersLiveTest {
  private static final double MIB = 1024 * 1024;

  private final Psutil direct = Psutil.builder().build();
  private SimpleMeterRegistry registry;
  private JpsutilMetrics metrics;

  @BeforeEach
  void bind() {
    registry = new SimpleMeterRegistry();
    metrics = JpsutilMetrics.builder().maxSampleAge(Duration.ofHours(1)).build();
    metrics.bindTo(registry);
  }

  @AfterEach
  void close() {
    metrics.close();
  }

  @Test
  void everySystemMeterIsPresentWithTheConventionsAttributes() {
    assertThat(tagKeys(registry, "system.cpu.time")).containsExactly("cpu", "state");
    assertThat(tagKeys(registry, "system.cpu.utilization")).containsExactly("cpu", "state");
    assertThat(tagKeys(registry, "system.cpu.logical.count")).isEmpty();
    assertThat(tagKeys(registry, "system.memory.usage")).containsExactly("state");
    assertThat(tagKeys(registry, "system.memory.utilization")).containsExactly("state");
    assertThat(tagKeys(registry, "system.memory.limit")).isEmpty();
    assertThat(tagKeys(registry, "system.paging.usage")).containsExactly("state");
    assertThat(tagKeys(registry, "system.paging.operations")).containsExactly("direction", "type");
    for (String disk :
        List.of(
            "system.disk.io",
            "system.disk.operations",
            "system.disk.operation_time",
            "system.disk.merged")) {
      assertThat(tagKeys(registry, disk)).as(disk).containsExactly("device", "direction");
    }
    assertThat(tagKeys(registry, "system.disk.io_time")).containsExactly("device");
    assertThat(tagKeys(registry, "system.filesystem.usage"))
        .containsExactly("device", "mode", "mountpoint", "state", "type");
    assertThat(tagKeys(registry, "system.filesystem.utilization"))
        .containsExactly("device", "mode", "mountpoint", "type");
    for (String net :
        List.of(
            "system.network.io",
            "system.network.packets",
            "system.network.errors",
            "system.network.dropped")) {
      assertThat(tagKeys(registry, net)).as(net).containsExactly("device", "direction");
    }
    assertThat(tagKeys(registry, "system.network.connections"))
        .containsExactly("protocol", "state");
    assertThat(tagKeys(registry, "system.process.count")).containsExactly("status");
    assertThat(tagKeys(registry, "system.uptime")).isEmpty();

    int cpus = onlineCpus();
    assertThat(tagValues(registry, "system.cpu.time", "cpu"))
        .hasSize(cpus)
        .allMatch(c -> c.matches("cpu\\d+"));
    assertThat(tagValues(registry, "system.cpu.time", "state"))
        .containsExactlyInAnyOrder(
            "user", "system", "idle", "nice", "wait", "interrupt", "softirq", "steal");
    assertThat(tagValues(registry, "system.memory.usage", "state"))
        .containsExactlyInAnyOrder("used", "free", "buffers", "cached");
    assertThat(tagValues(registry, "system.paging.usage", "state"))
        .containsExactlyInAnyOrder("used", "free");
    assertThat(tagValues(registry, "system.disk.io", "device"))
        .isEqualTo(direct.perDiskIoCounters().keySet().stream().collect(Collectors.toSet()));
    assertThat(tagValues(registry, "system.disk.io", "direction"))
        .containsExactlyInAnyOrder("read", "write");
    assertThat(tagValues(registry, "system.network.io", "device")).isEqualTo(netDevNames());
    assertThat(tagValues(registry, "system.network.io", "direction"))
        .containsExactlyInAnyOrder("transmit", "receive");
    assertThat(tagValues(registry, "system.filesystem.usage", "mountpoint"))
        .isEqualTo(
            direct.diskPartitions().stream()
                .map(DiskPartition::mountpoint)
                .collect(Collectors.toSet()));
    assertThat(tagValues(registry, "system.filesystem.usage", "state"))
        .containsExactlyInAnyOrder("used", "free", "reserved");
    assertThat(tagValues(registry, "system.process.count", "status"))
        .contains("running", "sleeping", "stopped", "defunct");
    assertThat(all(registry, "system.network.connections"))
        .extracting(m -> m.getId().getTag("protocol") + "/" + m.getId().getTag("state"))
        .contains(
            "tcp/established",
            "tcp/listen",
            "tcp/time_wait",
            "tcp/syn_received",
            "tcp/fin_wait_1",
            "tcp/closed",
            "udp/none");
    assertThat(metrics.groups()).containsAll(Set.of(MetricGroup.values()));
  }

  @Test
  void aFamilyLeftOutHasNoMeters() {
    SimpleMeterRegistry r = new SimpleMeterRegistry();
    try (JpsutilMetrics m =
        JpsutilMetrics.builder().without(MetricGroup.CONNECTIONS, MetricGroup.DISK).build()) {
      m.bindTo(r);
      assertThat(all(r, "system.network.connections")).isEmpty();
      assertThat(all(r, "system.disk.io")).isEmpty();
      assertThat(all(r, "system.cpu.time")).isNotEmpty();
      assertThat(m.groups()).doesNotContain(MetricGroup.CONNECTIONS, MetricGroup.DISK);
    }
  }

  @Test
  void cpuTimesAreJpsutilsPerCpuTimes() {
    long before = System.nanoTime();
    metrics.refresh();
    Map<String, Double> meters = cpuTimeMeters();
    List<CpuTimes> now = direct.perCpuTimes();
    double elapsed = (System.nanoTime() - before) / 1e9;
    assertThat(meters).hasSize(now.size() * 8);
    for (int cpu = 0; cpu < now.size(); cpu++) {
      Map<String, Double> expected = CpuModes.seconds(now.get(cpu));
      for (Map.Entry<String, Double> e : expected.entrySet()) {
        double meter = meters.get("cpu" + cpu + "/" + e.getKey());
        // One CPU's time in one state grows by at most the wall time between the two reads
        // (plus one 10 ms tick); the kernel's idle/iowait may step back by a tick (nohz).
        assertThat(e.getValue() - meter)
            .as("cpu%d %s", cpu, e.getKey())
            .isBetween(-0.02, elapsed + 0.02);
      }
    }
    assertThat(value(registry, "system.cpu.logical.count"))
        .isEqualTo(onlineCpus())
        .isEqualTo(direct.cpuCount().getAsInt());
  }

  @Test
  void cpuUtilizationIsTheChangeOfCpuTimeBetweenTwoSamples() throws InterruptedException {
    metrics.refresh();
    Map<String, Double> first = cpuTimeMeters();
    Thread.sleep(300);
    metrics.refresh();
    Map<String, Double> second = cpuTimeMeters();
    for (String cpu : tagValues(registry, "system.cpu.time", "cpu")) {
      double total = 0;
      for (String state : tagValues(registry, "system.cpu.time", "state")) {
        total += second.get(cpu + "/" + state) - first.get(cpu + "/" + state);
      }
      assertThat(total).as("300 ms pass on every CPU").isGreaterThan(0.1);
      double sum = 0;
      for (String state : tagValues(registry, "system.cpu.time", "state")) {
        double u = value(registry, "system.cpu.utilization", "cpu", cpu, "state", state);
        double expected = (second.get(cpu + "/" + state) - first.get(cpu + "/" + state)) / total;
        assertThat(u).as("%s %s", cpu, state).isBetween(0.0, 1.0).isCloseTo(expected, within(1e-9));
        sum += u;
      }
      assertThat(sum).as(cpu).isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void memoryIsJpsutilsVirtualMemoryAndMeminfo() throws IOException {
    metrics.refresh();
    VirtualMemory vm = direct.virtualMemory();
    Map<String, Long> meminfo = meminfo();
    double limit = value(registry, "system.memory.limit");
    assertThat(limit).isEqualTo((double) vm.total()).isEqualTo((double) meminfo.get("MemTotal"));
    double used = value(registry, "system.memory.usage", "state", "used");
    // Memory moves between the binder's read and ours: 64 MiB.
    assertThat(used).isCloseTo(vm.used(), within(64 * MIB));
    assertThat(used)
        .isCloseTo(meminfo.get("MemTotal") - meminfo.get("MemAvailable"), within(64 * MIB));
    assertThat(value(registry, "system.memory.usage", "state", "free"))
        .isCloseTo(meminfo.get("MemFree"), within(64 * MIB));
    assertThat(value(registry, "system.memory.usage", "state", "buffers"))
        .isCloseTo(meminfo.get("Buffers"), within(64 * MIB));
    assertThat(value(registry, "system.memory.usage", "state", "cached"))
        .isCloseTo(meminfo.get("Cached") + meminfo.get("SReclaimable"), within(64 * MIB));
    for (String state : List.of("used", "free", "buffers", "cached")) {
      double usage = value(registry, "system.memory.usage", "state", state);
      // Same sample: exactly usage / limit.
      assertThat(value(registry, "system.memory.utilization", "state", state))
          .as(state)
          .isBetween(0.0, 1.0)
          .isEqualTo(usage / limit);
    }
  }

  @Test
  void pagingIsJpsutilsSwapMemoryAndVmstat() throws IOException {
    metrics.refresh();
    SwapMemory swap = direct.swapMemory();
    Map<String, Long> vmstat = vmstat();
    assertThat(value(registry, "system.paging.usage", "state", "used"))
        .isCloseTo(swap.used(), within(16 * MIB));
    assertThat(value(registry, "system.paging.usage", "state", "free"))
        .isCloseTo(swap.free(), within(16 * MIB));
    double in = value(registry, "system.paging.operations", "direction", "in", "type", "major");
    double out = value(registry, "system.paging.operations", "direction", "out", "type", "major");
    // Pages swapped between the two reads: at most 10,000.
    assertThat(vmstat.get("pswpin") - in).isBetween(0.0, 10_000.0);
    assertThat(vmstat.get("pswpout") - out).isBetween(0.0, 10_000.0);
    assertThat(in).isEqualTo(Math.floor(in));
  }

  @Test
  void disksAreJpsutilsPerDiskCounters() {
    metrics.refresh();
    Map<String, DiskIoCounters> now = direct.perDiskIoCounters();
    for (Map.Entry<String, DiskIoCounters> e : now.entrySet()) {
      String dev = e.getKey();
      Map<String, Long> f = e.getValue().asMap();
      // Counters only grow; allow what a busy disk does in a moment: 1 GiB, 100,000 operations,
      // 100 s of summed operation time.
      for (String dir : List.of("read", "write")) {
        assertGrewBy(f.get(dir + "_bytes"), disk("system.disk.io", dev, dir), 1024 * MIB);
        assertGrewBy(f.get(dir + "_count"), disk("system.disk.operations", dev, dir), 100_000);
        assertGrewBy(
            f.get(dir + "_time") / 1000.0, disk("system.disk.operation_time", dev, dir), 100);
        assertGrewBy(f.get(dir + "_merged_count"), disk("system.disk.merged", dev, dir), 100_000);
      }
      assertGrewBy(
          f.get("busy_time") / 1000.0, value(registry, "system.disk.io_time", "device", dev), 5);
    }
  }

  @Test
  void filesystemsAreJpsutilsDiskUsage() {
    metrics.refresh();
    for (DiskPartition part : direct.diskPartitions()) {
      DiskUsage u = direct.diskUsage(part.mountpoint());
      String[] tags = {
        "mountpoint", part.mountpoint(), "device", part.device(), "type", part.fstype()
      };
      double used = fs(tags, "used");
      double free = fs(tags, "free");
      double reserved = fs(tags, "reserved");
      // The size does not move; used and free do, by what is written meanwhile: 256 MiB.
      assertThat(used + free + reserved).as(part.mountpoint()).isEqualTo(u.total());
      assertThat(used).isCloseTo(u.used(), within(256 * MIB));
      assertThat(free).isCloseTo(u.free(), within(256 * MIB));
      assertThat(reserved).isGreaterThanOrEqualTo(0);
      double utilization = value(registry, "system.filesystem.utilization", tags);
      assertThat(utilization).isBetween(0.0, 1.0).isEqualTo(used / (used + free));
      assertThat(utilization * 100).isCloseTo(u.percent(), within(1.0));
      assertThat(
              MeterValues.all(registry, "system.filesystem.utilization").stream()
                  .filter(m -> m.getId().getTag("mountpoint").equals(part.mountpoint()))
                  .map(m -> m.getId().getTag("mode")))
          .containsExactly(part.optsList().contains("ro") ? "ro" : "rw");
    }
  }

  @Test
  void networkIsJpsutilsPerNicCounters() {
    metrics.refresh();
    for (Map.Entry<String, NetIoCounters> e : direct.perNicIoCounters().entrySet()) {
      String nic = e.getKey();
      NetIoCounters c = e.getValue();
      // Traffic between the two reads (the build itself downloads): 256 MiB, 1e6 packets.
      assertGrewBy(c.bytesSent(), net("system.network.io", nic, "transmit"), 256 * MIB);
      assertGrewBy(c.bytesRecv(), net("system.network.io", nic, "receive"), 256 * MIB);
      assertGrewBy(c.packetsSent(), net("system.network.packets", nic, "transmit"), 1e6);
      assertGrewBy(c.packetsRecv(), net("system.network.packets", nic, "receive"), 1e6);
      assertGrewBy(c.errout(), net("system.network.errors", nic, "transmit"), 1000);
      assertGrewBy(c.errin(), net("system.network.errors", nic, "receive"), 1000);
      assertGrewBy(c.dropout(), net("system.network.dropped", nic, "transmit"), 1000);
      assertGrewBy(c.dropin(), net("system.network.dropped", nic, "receive"), 1000);
    }
  }

  @Test
  void connectionsAreCountedByProtocolAndState() throws IOException {
    try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      metrics.refresh();
      List<Connection> now = direct.netConnections(ConnectionKind.INET);
      long listen =
          now.stream()
              .filter(c -> c.type() == SocketType.STREAM && c.status() == ConnectionStatus.LISTEN)
              .count();
      long udp = now.stream().filter(c -> c.type() == SocketType.DGRAM).count();
      assertThat(listening.isBound()).isTrue();
      double listenMeter =
          value(registry, "system.network.connections", "protocol", "tcp", "state", "listen");
      assertThat(listenMeter).isGreaterThanOrEqualTo(1);
      // Other programs open and close sockets meanwhile: 10.
      assertThat(listenMeter).isCloseTo(listen, within(10.0));
      assertThat(value(registry, "system.network.connections", "protocol", "udp", "state", "none"))
          .isCloseTo(udp, within(10.0));
      assertThat(sum(registry, "system.network.connections")).isCloseTo(now.size(), within(50.0));
    }
  }

  @Test
  void processCountIsTheProcessTable() throws IOException {
    metrics.refresh();
    double counted = sum(registry, "system.process.count");
    long procDirs;
    try (Stream<Path> s = Files.list(Path.of("/proc"))) {
      procDirs = s.filter(p -> p.getFileName().toString().matches("\\d+")).count();
    }
    // Processes start and exit between the two reads: 5% or 20, whichever is more.
    assertThat(counted).isCloseTo(procDirs, within(Math.max(20, procDirs * 0.05)));
    assertThat(counted).isCloseTo(direct.pids().size(), within(Math.max(20, procDirs * 0.05)));
    Map<String, Long> byStatus =
        direct.processIter(Set.of(io.github.jpsutil.api.ProcessAttr.STATUS), null).stream()
            .map(p -> p.info().get(io.github.jpsutil.api.ProcessAttr.STATUS))
            .filter(io.github.jpsutil.api.ProcessStatus.class::isInstance)
            .map(st -> ProcessGroup.status((io.github.jpsutil.api.ProcessStatus) st))
            .collect(Collectors.groupingBy(st -> st, Collectors.counting()));
    for (Map.Entry<String, Long> e : byStatus.entrySet()) {
      assertThat(value(registry, "system.process.count", "status", e.getKey()))
          .as(e.getKey())
          .isCloseTo(e.getValue(), within(Math.max(20, procDirs * 0.05)));
    }
  }

  @Test
  void uptimeIsSecondsSinceBoot() throws IOException {
    metrics.refresh();
    double meter = value(registry, "system.uptime");
    Duration expected = Duration.between(direct.bootTime(), Instant.now());
    assertThat(meter).isCloseTo(expected.toMillis() / 1000.0, within(1.0));
    double procUptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
    // btime is whole seconds; /proc/uptime has hundredths: 2 s.
    assertThat(meter).isCloseTo(procUptime, within(2.0));
  }

  private Map<String, Double> cpuTimeMeters() {
    return all(registry, "system.cpu.time").stream()
        .collect(
            Collectors.toMap(
                m -> m.getId().getTag("cpu") + "/" + m.getId().getTag("state"),
                m -> m.measure().iterator().next().getValue()));
  }

  private double disk(String name, String dev, String dir) {
    return value(registry, name, "device", dev, "direction", dir);
  }

  private double net(String name, String nic, String dir) {
    return value(registry, name, "device", nic, "direction", dir);
  }

  private double fs(String[] tags, String state) {
    String[] withState = java.util.Arrays.copyOf(tags, tags.length + 2);
    withState[tags.length] = "state";
    withState[tags.length + 1] = state;
    return value(registry, "system.filesystem.usage", withState);
  }

  /**
   * The later direct value is the meter's plus at most {@code slack} (and not less, but for the
   * rounding of a millisecond count scaled to seconds).
   */
  private static void assertGrewBy(double later, double meter, double slack) {
    assertThat(later - meter).isBetween(-1e-9 * Math.max(1, Math.abs(later)), slack);
  }

  private static int onlineCpus() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
      return (int) lines.filter(l -> l.startsWith("cpu") && Character.isDigit(l.charAt(3))).count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Set<String> netDevNames() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/net/dev"))) {
      return lines
          .skip(2)
          .map(l -> l.substring(0, l.indexOf(':')).strip())
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** /proc/meminfo in bytes. */
  private static Map<String, Long> meminfo() throws IOException {
    return Files.readAllLines(Path.of("/proc/meminfo")).stream()
        .map(l -> l.split(":\\s+"))
        .collect(
            Collectors.toMap(
                a -> a[0], a -> Long.parseLong(a[1].replace(" kB", "").strip()) * 1024));
  }

  private static Map<String, Long> vmstat() throws IOException {
    return Files.readAllLines(Path.of("/proc/vmstat")).stream()
        .map(l -> l.split(" "))
        .collect(Collectors.toMap(a -> a[0], a -> Long.parseLong(a[1])));
  }
}
