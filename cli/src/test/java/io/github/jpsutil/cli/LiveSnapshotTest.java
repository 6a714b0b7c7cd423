package io.github.jpsutil.cli;

import static io.github.jpsutil.cli.LiveMemoryDiskTest.asList;
import static io.github.jpsutil.cli.LiveMemoryDiskTest.asMap;
import static io.github.jpsutil.cli.LiveMemoryDiskTest.run;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.cli.testing.CliRun;
import io.github.jpsutil.cli.testing.ProcFacts;
import io.github.jpsutil.cli.testing.Python;
import io.github.jpsutil.cli.testing.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /**
   * psutil 8.0's {@code Process.attrs} on Linux (printed by psutil 8.0 on Linux), alphabetical as
   * as_dict.
   */
  static final List<String> LINUX_ATTRS =
      List.of(
          "cmdline",
          "cpu_affinity",
          "cpu_num",
          "cpu_percent",
          "cpu_times",
          "create_time",
          "cwd",
          "environ",
          "exe",
          "gids",
          "io_counters",
          "ionice",
          "memory_footprint",
          "memory_info",
          "memory_info_ex",
          "memory_maps",
          "memory_percent",
          "name",
          "net_connections",
          "nice",
          "num_ctx_switches",
          "num_fds",
          "num_threads",
          "open_files",
          "page_faults",
          "pid",
          "ppid",
          "status",
          "terminal",
          "threads",
          "uids",
          "username");

  private static CliRun snapshot;
  private static Map<String, Object> system;
  private static List<Object> processes;

  @BeforeAll
  static void takeSnapshot() {
    snapshot = run("snapshot", "--json");
    assertThat(snapshot.status()).isZero();
    assertThat(snapshot.err()).isEmpty();
    Map<String, Object> doc = asMap(snapshot.json());
    assertThat(doc.keySet()).containsExactly("system", "container", "processes");
    // container (not in psutil) is null outside a limited cgroup: the snapshot runs as a child of
    // this JVM, in the same cgroups, so it is null exactly when this JVM's cgroup has no limit.
    boolean limited = Psutil.local().containers().currentLimits().isPresent();
    assertThat(doc.get("container") != null).isEqualTo(limited);
    system = asMap(doc.get("system"));
    processes = asList(doc.get("processes"));
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
  void parsesWithPythonsJsonTool() throws Exception {
    assumeTrue(Python.available(), "python3 is needed as the reference parser");
    // json.tool exits non-zero (Tool.run throws) on anything that is not one valid document.
    String pretty = Tool.run(snapshot.out(), "python3", "-m", "json.tool");
    assertThat(pretty).startsWith("{\n    \"system\": {");
  }

  @Test
  void processesHoldPidOneAndThisJvmWithEveryAttribute() throws Exception {
    long self = ProcessHandle.current().pid();
    Map<String, Object> init = LiveProcessTest.find(processes, 1);
    Map<String, Object> me = LiveProcessTest.find(processes, self);
    assertThat(init.keySet()).containsExactlyElementsOf(LINUX_ATTRS);
    assertThat(me.keySet()).containsExactlyElementsOf(LINUX_ATTRS);
    for (Object p : processes) {
      assertThat(asMap(p).keySet()).containsExactlyElementsOf(LINUX_ATTRS);
    }
    // Threads come and go while the snapshot is taken (JIT and GC threads); 10 covers that.
    int threads = Integer.parseInt(ProcFacts.status(self, "Threads"));
    assertThat(((Number) me.get("num_threads")).intValue()).isCloseTo(threads, within(10));
    assertThat(asList(me.get("threads")).size()).isCloseTo(threads, within(10));
    LiveProcessTest.assertIsOurName(me.get("name"));
    assertThat(me.get("ppid")).isEqualTo((long) ProcFacts.ppid(self));
    String raw = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), UTF_8);
    assertThat(me.get("cmdline"))
        .isEqualTo(List.of(raw.substring(0, raw.length() - 1).split("\0")));
    // The JDK's own start instant, milliseconds; psutil's is in clock ticks (10 ms).
    double started =
        ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli() / 1000.0;
    assertThat((Double) me.get("create_time")).isCloseTo(started, within(1.0));
    assertThat(asMap(me.get("ionice")).get("ioclass")).asString().startsWith("IOPRIO_CLASS_");
    assertThat(me.get("cwd")).isEqualTo(System.getProperty("user.dir"));
    assertThat(asMap(me.get("environ"))).containsEntry("PATH", System.getenv("PATH"));
    assertThat(me.get("status")).isIn("running", "sleeping");
    assertThat(asList(me.get("memory_maps"))).isNotEmpty();
    assertThat(asMap(asList(me.get("memory_maps")).get(0)).keySet())
        .startsWith("path")
        .contains("rss", "pss", "swap");
  }

  @Test
  void textFormNamesEveryFunction() {
    CliRun text = run("snapshot");
    assertThat(text.status()).isZero();
    assertThat(text.out()).startsWith("system:\n").contains("\nprocesses:\n  - cmdline: ");
    for (String key : KEYS) {
      assertThat(text.out()).containsPattern("(?m)^  " + key + ":");
    }
  }
}
