package io.github.jpsutil.cli;

import static io.github.jpsutil.cli.LiveMemoryDiskTest.asList;
import static io.github.jpsutil.cli.LiveMemoryDiskTest.asMap;
import static io.github.jpsutil.cli.LiveMemoryDiskTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jpsutil.cli.testing.CliRun;
import io.github.jpsutil.cli.testing.ProcFacts;
import io.github.jpsutil.cli.testing.Python;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * {@code snapshot --json} on this machine: exactly psutil's system function names, each value
 * either null (not implemented) or consistent with /proc.
 */
@EnabledOnOs(OS.LINUX)
class LiveSnapshotTest {
  static final List<String> KEYS =
      List.of(
          "cpu_times",
          "cpu_times_percpu",
          "cpu_percent",
          "cpu_count",
          "cpu_count_physical",
          "cpu_stats",
          "cpu_freq",
          "cpu_freq_percpu",
          "getloadavg",
          "virtual_memory",
          "swap_memory",
          "disk_partitions",
          "disk_usage",
          "disk_io_counters",
          "disk_io_counters_perdisk",
          "net_io_counters",
          "net_io_counters_pernic",
          "net_connections",
          "net_if_addrs",
          "net_if_stats",
          "sensors_temperatures",
          "sensors_fans",
          "sensors_battery",
          "boot_time",
          "users",
          "pids");

  private static CliRun snapshot;
  private static Map<String, Object> system;

  @BeforeAll
  static void takeSnapshot() {
    snapshot = run("snapshot", "--json");
    assertThat(snapshot.status()).isZero();
    assertThat(snapshot.err()).isEmpty();
    Map<String, Object> doc = asMap(snapshot.json());
    assertThat(doc.keySet()).containsExactly("system", "processes");
    system = asMap(doc.get("system"));
  }

  @Test
  void hasExactlyPsutilsSystemFunctionNamesInOrder() {
    assertThat(system.keySet()).containsExactlyElementsOf(KEYS);
  }

  @Test
  void isPureAsciiAndParsesWithPython() throws Exception {
    assertThat(snapshot.out().chars().allMatch(c -> c < 0x80)).isTrue();
    assumeTrue(Python.available(), "python3 is needed as the reference parser");
    String keys =
        Python.run(
            "import sys, json; print(','.join(json.load(sys.stdin)['system']))", snapshot.out());
    assertThat(keys.strip()).isEqualTo(String.join(",", KEYS));
  }

  @Test
  void valuesAgreeWithProcWhereImplemented() {
    int cpus = ProcFacts.onlineCpus();
    if (system.get("cpu_count") != null) {
      assertThat(system.get("cpu_count")).isEqualTo((long) cpus);
    }
    if (system.get("cpu_times_percpu") != null) {
      assertThat(asList(system.get("cpu_times_percpu"))).hasSize(cpus);
    }
    if (system.get("cpu_times") != null) {
      assertThat(asMap(system.get("cpu_times")).keySet())
          .containsExactly(
              "user",
              "system",
              "idle",
              "nice",
              "iowait",
              "irq",
              "softirq",
              "steal",
              "guest",
              "guest_nice");
    }
    if (system.get("cpu_percent") != null) {
      assertThat((Double) system.get("cpu_percent")).isBetween(0.0, 100.0);
    }
    if (system.get("getloadavg") != null) {
      assertThat(asList(system.get("getloadavg"))).hasSize(3);
    }
    if (system.get("virtual_memory") != null) {
      assertThat(asMap(system.get("virtual_memory")).get("total"))
          .isEqualTo(ProcFacts.meminfoBytes("MemTotal"));
    }
    if (system.get("boot_time") != null) {
      // btime is whole seconds; psutil's float may carry a fraction.
      assertThat((Double) system.get("boot_time")).isCloseTo(ProcFacts.bootTime(), within(1.0));
    }
    if (system.get("pids") != null) {
      assertThat(asList(system.get("pids"))).contains(ProcessHandle.current().pid(), 1L).isSorted();
    }
    if (system.get("net_io_counters_pernic") != null) {
      assertThat(asMap(system.get("net_io_counters_pernic")).keySet())
          .containsExactlyInAnyOrderElementsOf(ProcFacts.netDevNames());
    }
    if (system.get("net_connections") != null) {
      for (Object c : asList(system.get("net_connections"))) {
        Map<String, Object> conn = asMap(c);
        assertThat(conn.keySet())
            .containsExactly("fd", "family", "type", "laddr", "raddr", "status", "pid");
        assertThat(conn.get("family")).isIn("AF_INET", "AF_INET6", "AF_UNIX");
        assertThat(conn.get("type")).isIn("SOCK_STREAM", "SOCK_DGRAM", "SOCK_SEQPACKET");
      }
    }
    if (system.get("net_if_stats") != null) {
      for (Object s : asMap(system.get("net_if_stats")).values()) {
        assertThat(asMap(s).get("duplex"))
            .isIn("NIC_DUPLEX_FULL", "NIC_DUPLEX_HALF", "NIC_DUPLEX_UNKNOWN");
        assertThat(asMap(s).get("flags")).isInstanceOf(String.class);
      }
    }
  }

  @Test
  void textFormNamesEveryFunction() {
    CliRun text = run("snapshot");
    assertThat(text.status()).isZero();
    assertThat(text.out()).startsWith("system:\n");
    for (String key : KEYS) {
      assertThat(text.out()).containsPattern("(?m)^  " + key + ":");
    }
  }
}
