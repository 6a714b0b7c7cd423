package io.github.jpsutil.metrics;

import static io.github.jpsutil.metrics.MeterValues.all;
import static io.github.jpsutil.metrics.MeterValues.tagKeys;
import static io.github.jpsutil.metrics.MeterValues.tagValues;
import static io.github.jpsutil.metrics.MeterValues.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ProcessAttr;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-process meters on this machine: the selection picks the right processes, values are jpsutil's
 * own per-process calls, and a process that exits loses its meters. Child processes ({@code sleep},
 * a shell busy loop) are started by the test and always killed.
 */
@EnabledOnOs(OS.LINUX)
class ProcessMetersLiveTest {
  private static final double MIB = 1024 * 1024;
  private static final List<String> PROCESS_METRICS =
      List.of(
          "process.cpu.time",
          "process.cpu.utilization",
          "process.memory.usage",
          "process.memory.virtual",
          "process.disk.io",
          "process.open_file_descriptor.count",
          "process.thread.count",
          "process.context_switches");

  private final Psutil direct = Psutil.builder().build();
  private final List<Process> children = new ArrayList<>();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private JpsutilMetrics metrics;

  @AfterEach
  void cleanUp() throws InterruptedException {
    if (metrics != null) {
      metrics.close();
    }
    for (Process p : children) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private void bind(ProcessSelection selection) {
    metrics =
        JpsutilMetrics.builder()
            .groups(List.of())
            .processes(selection)
            .maxSampleAge(Duration.ofHours(1))
            .build();
    metrics.bindTo(registry);
  }

  private Process start(String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    children.add(p);
    return p;
  }

  @Test
  void theJvmHasEveryProcessMeterWithJpsutilsValues() {
    bind(ProcessSelection.builder().self().build());
    long before = System.nanoTime();
    metrics.refresh();
    OsProcess self = direct.self();
    String pid = Long.toString(ProcessHandle.current().pid());
    String[] tags = {"process.pid", pid, "process.executable.name", self.name()};
    double elapsed = (System.nanoTime() - before) / 1e9;

    for (String name : PROCESS_METRICS) {
      assertThat(tagValues(registry, name, "process.pid")).as(name).containsExactly(pid);
    }
    assertThat(tagKeys(registry, "process.cpu.time"))
        .containsExactly("process.executable.name", "process.pid", "state");
    assertThat(tagValues(registry, "process.cpu.time", "state"))
        .containsExactlyInAnyOrder("user", "system", "wait");
    assertThat(tagValues(registry, "process.cpu.utilization", "state"))
        .containsExactlyInAnyOrder("user", "system");
    assertThat(tagValues(registry, "process.disk.io", "direction"))
        .containsExactlyInAnyOrder("read", "write");
    assertThat(tagValues(registry, "process.context_switches", "type"))
        .containsExactlyInAnyOrder("voluntary", "involuntary");
    assertThat(tagKeys(registry, "process.memory.usage"))
        .containsExactly("process.executable.name", "process.pid");

    // CPU time grows by at most the wall time times the CPUs between the two reads.
    double cpus = direct.cpuCount().getAsInt();
    double user = value(registry, "process.cpu.time", with(tags, "state", "user"));
    assertThat(self.cpuTimes().user() - user).isBetween(0.0, elapsed * cpus + 0.02);
    double system = value(registry, "process.cpu.time", with(tags, "state", "system"));
    assertThat(self.cpuTimes().system() - system).isBetween(0.0, elapsed * cpus + 0.02);
    // The JVM's memory moves with its own allocation: 64 MiB resident, 256 MiB virtual.
    assertThat(value(registry, "process.memory.usage", tags))
        .isCloseTo(self.memoryInfo().rss(), within(64 * MIB));
    assertThat(value(registry, "process.memory.virtual", tags))
        .isCloseTo(self.memoryInfo().vms(), within(256 * MIB));
    // Threads and descriptors of a JVM running tests: 10 and 20.
    assertThat(value(registry, "process.thread.count", tags))
        .isCloseTo(self.numThreads(), within(10.0));
    assertThat(value(registry, "process.open_file_descriptor.count", tags))
        .isCloseTo(self.numFds(), within(20.0));
    double voluntary = value(registry, "process.context_switches", with(tags, "type", "voluntary"));
    assertThat(self.numCtxSwitches().voluntary() - voluntary).isBetween(0.0, 100_000.0);
    double read = value(registry, "process.disk.io", with(tags, "direction", "read"));
    assertThat(self.ioCounters().readBytes() - read).isBetween(0.0, 256 * MIB);
  }

  @Test
  void aSelectedProcessThatExitsLosesItsMeters() throws Exception {
    Process sleeper = start("sleep", "60");
    waitForCmdline(sleeper, "60");
    String pid = Long.toString(sleeper.pid());
    bind(ProcessSelection.builder().pids((int) sleeper.pid()).build());
    assertThat(ofPid(pid)).isNotEmpty();
    assertThat(value(registry, "process.memory.usage", "process.pid", pid))
        .isCloseTo(direct.process((int) sleeper.pid()).memoryInfo().rss(), within(MIB));
    assertThat(tagValues(registry, "process.memory.usage", "process.executable.name"))
        .containsExactly("sleep");

    sleeper.destroyForcibly();
    assertThat(sleeper.waitFor(10, TimeUnit.SECONDS)).isTrue();
    metrics.refresh();
    assertThat(ofPid(pid)).isEmpty();
    assertThat(registry.getMeters()).isEmpty();
  }

  @Test
  void commandLineAndNamePatternsSelectTheMatchingProcesses(@TempDir Path dir) throws Exception {
    // A copy of sleep under a name no other process has (other jobs on a CI box run sleeps too).
    Path unique = dir.resolve("jpsutilsleep42");
    Files.copy(Path.of("/bin/sleep"), unique);
    assertThat(unique.toFile().setExecutable(true)).isTrue();
    Process sleeper = start(unique.toString(), "987.654321");
    waitForCmdline(sleeper, "987.654321");
    String pid = Long.toString(sleeper.pid());
    bind(ProcessSelection.builder().cmdlineMatching("jpsutilsleep42 987\\.654321$").build());
    assertThat(tagValues(registry, "process.memory.usage", "process.pid")).containsExactly(pid);
    metrics.close();

    SimpleMeterRegistry r = new SimpleMeterRegistry();
    try (JpsutilMetrics byName =
        JpsutilMetrics.builder()
            .groups(List.of())
            .processes(ProcessSelection.builder().nameMatching("^jpsutilsleep42$").build())
            .build()) {
      byName.bindTo(r);
      assertThat(tagValues(r, "process.memory.usage", "process.pid")).containsExactly(pid);
      assertThat(tagValues(r, "process.memory.usage", "process.executable.name"))
          .containsExactly("jpsutilsleep42");
    }
  }

  @Test
  void topByCpuFindsABusyProcessAndItsUtilizationIsAShareOfTheMachine() throws Exception {
    Process busy = start("sh", "-c", "while :; do :; done");
    String pid = Long.toString(busy.pid());
    bind(ProcessSelection.builder().topByCpu(5).build());
    Thread.sleep(600);
    metrics.refresh();
    assertThat(tagValues(registry, "process.cpu.utilization", "process.pid")).contains(pid);
    double user = value(registry, "process.cpu.utilization", "process.pid", pid, "state", "user");
    double system =
        value(registry, "process.cpu.utilization", "process.pid", pid, "state", "system");
    // A busy loop holds about one CPU: at least a tenth of the machine on any CI box.
    assertThat(user + system).isGreaterThan(0.1 / direct.cpuCount().getAsInt());
    for (Meter m : all(registry, "process.cpu.utilization")) {
      assertThat(m.measure().iterator().next().getValue())
          .as(m.getId().toString())
          .isBetween(0.0, 1.0);
    }
    assertThat(tagValues(registry, "process.cpu.time", "process.pid")).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void topByMemoryPicksTheLargestResidentSets() {
    bind(ProcessSelection.builder().topByMemory(3).build());
    Set<String> chosen = tagValues(registry, "process.memory.usage", "process.pid");
    assertThat(chosen).hasSize(3);
    List<Long> ranked =
        direct.processIter(Set.of(ProcessAttr.MEMORY_INFO), null).stream()
            .filter(p -> p.info().get(ProcessAttr.MEMORY_INFO) != null)
            .map(
                p ->
                    ((io.github.jpsutil.api.MemoryInfo) p.info().get(ProcessAttr.MEMORY_INFO))
                        .rss())
            .sorted(Comparator.reverseOrder())
            .toList();
    // Resident sets move between the two scans; each chosen one is still above the 10th largest.
    double tenth = ranked.get(Math.min(9, ranked.size() - 1));
    for (String pid : chosen) {
      assertThat(value(registry, "process.memory.usage", "process.pid", pid))
          .isGreaterThanOrEqualTo(tenth);
    }
  }

  @Test
  void theLimitKeepsTheLowestPidsOfAPatternThatMatchesEverything() {
    bind(ProcessSelection.builder().cmdlineMatching(".").limit(5).build());
    List<String> expected =
        direct.processIter(Set.of(ProcessAttr.CMDLINE), null).stream()
            .filter(p -> p.info().get(ProcessAttr.CMDLINE) instanceof List<?> l && !l.isEmpty())
            .limit(5)
            .map(p -> Integer.toString(p.pid()))
            .toList();
    assertThat(tagValues(registry, "process.thread.count", "process.pid"))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /** Every meter of any name tagged with this pid. */
  private List<Meter> ofPid(String pid) {
    return registry.getMeters().stream()
        .filter(m -> pid.equals(m.getId().getTag("process.pid")))
        .toList();
  }

  private void waitForCmdline(Process p, String arg) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (direct.process((int) p.pid()).cmdline().contains(arg)) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("child never showed its command line");
  }

  private static String[] with(String[] tags, String key, String value) {
    String[] out = java.util.Arrays.copyOf(tags, tags.length + 2);
    out[tags.length] = key;
    out[tags.length + 1] = value;
    return out;
  }
}
