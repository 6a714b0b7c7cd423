package io.github.jpsutil.cli;

import static io.github.jpsutil.cli.testing.ProcFacts.implementedOrNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.cli.testing.CliRun;
import io.github.jpsutil.cli.testing.ProcFacts;
import io.github.jpsutil.cli.testing.Tool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * free, meminfo, df and disk-usage on this machine, against /proc and df(1). Each test checks the
 * real values when the backend implements the function and the "not available" line (null in JSON)
 * while it does not, so it holds before and after the backend work is merged.
 */
@EnabledOnOs(OS.LINUX)
class LiveMemoryDiskTest {
  private static final long MIB = 1 << 20;

  static CliRun run(String... args) {
    return CliRun.capture((out, err) -> Main.run(args, out, err));
  }

  @Test
  void freeTotalIsMemTotal() {
    VirtualMemory vm = implementedOrNull(() -> Psutil.local().virtualMemory());
    CliRun table = run("free");
    CliRun json = run("free", "--json");
    assertThat(table.status()).isZero();
    assertThat(json.status()).isZero();
    assertThat(table.err() + json.err()).isEmpty();
    Map<String, Object> tree = asMap(json.json());
    if (vm == null) {
      assertThat(table.out()).contains("virtual_memory: not available on this OS");
      assertThat(tree).containsEntry("virtual_memory", null);
      return;
    }
    long memTotal = ProcFacts.meminfoBytes("MemTotal");
    // The Mem: row is in KiB, exactly MemTotal's kB.
    String mem = table.out().lines().filter(l -> l.startsWith("Mem:")).findFirst().orElseThrow();
    assertThat(Long.parseLong(mem.split("\\s+")[1])).isEqualTo(memTotal / 1024);
    Map<String, Object> vmJson = asMap(tree.get("virtual_memory"));
    assertThat(vmJson).containsKeys("total", "available", "percent", "used", "free");
    assertThat(vmJson.get("total")).isEqualTo(memTotal);
    // MemFree moves while the test runs; 64 MiB covers the JVMs starting on a 2-CPU machine.
    assertThat((Long) vmJson.get("free"))
        .isCloseTo(ProcFacts.meminfoBytes("MemFree"), within(64 * MIB));
    Map<String, Object> swap = asMap(tree.get("swap_memory"));
    if (swap != null) {
      assertThat(swap.get("total")).isEqualTo(ProcFacts.meminfoBytes("SwapTotal"));
    }
  }

  @Test
  void meminfoPrintsEveryFieldOrSaysWhyNot() {
    VirtualMemory vm = implementedOrNull(() -> Psutil.local().virtualMemory());
    CliRun r = run("meminfo");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("MEMORY\n------\n").contains("\nSWAP\n----\n");
    if (vm == null) {
      assertThat(r.out()).contains("virtual_memory: not available on this OS");
    } else {
      assertThat(r.out())
          .contains("Total      : " + String.format("%7s", Psutil.bytes2human(vm.total())));
    }
    assertThat(asMap(run("meminfo", "--json").json()).keySet())
        .containsExactly("virtual_memory", "swap_memory");
  }

  /** df(1) with {@code -B1} prints statvfs's numbers in bytes, as psutil computes them. */
  @Test
  void diskUsageOfRootMatchesDf() throws Exception {
    DiskUsage usage = implementedOrNull(() -> Psutil.local().diskUsage("/"));
    CliRun json = run("disk-usage", "--json", "/");
    CliRun table = run("disk-usage", "/");
    assertThat(json.status()).isZero();
    assertThat(table.status()).isZero();
    if (usage == null) {
      assertThat(json.json()).isNull();
      assertThat(table.out()).startsWith("disk_usage: not available on this OS");
      return;
    }
    String[] df =
        Tool.run("", "df", "-B1", "--output=size,used,avail", "/")
            .lines()
            .toList()
            .get(1)
            .strip()
            .split("\\s+");
    Map<String, Object> u = asMap(json.json());
    assertThat(u).containsOnlyKeys("total", "used", "free", "percent");
    assertThat(u.get("total")).isEqualTo(Long.parseLong(df[0]));
    // Files are written while tests run; 64 MiB is far above what this suite writes.
    assertThat((Long) u.get("used")).isCloseTo(Long.parseLong(df[1]), within(64 * MIB));
    assertThat((Long) u.get("free")).isCloseTo(Long.parseLong(df[2]), within(64 * MIB));
    assertThat(table.out()).startsWith("Path ").contains("\n/ ");
  }

  @Test
  void dfListsMountedFilesystems() {
    List<DiskPartition> parts = implementedOrNull(() -> Psutil.local().diskPartitions());
    CliRun json = run("df", "--json");
    CliRun table = run("df");
    assertThat(json.status()).isIn(0, 1); // 1 only with an unreadable mount, reported on stderr
    if (parts == null) {
      assertThat(json.json()).isNull();
      assertThat(table.out())
          .isEqualTo(
              "disk_partitions: not available on this OS ("
                  + reason(() -> Psutil.local().diskPartitions())
                  + ")\n");
      return;
    }
    List<Object> rows = asList(json.json());
    assertThat(rows).hasSize(parts.size());
    for (Object row : rows) {
      Map<String, Object> r = asMap(row);
      assertThat(r).containsKeys("device", "mountpoint", "fstype", "opts", "usage");
      assertThat(ProcFacts.mountPoints()).contains((String) r.get("mountpoint"));
    }
    boolean usageKnown = implementedOrNull(() -> Psutil.local().diskUsage("/")) != null;
    // header + one row per partition (+ the "disk_usage: not available" note)
    assertThat(table.out()).startsWith("Device ").hasLineCount(parts.size() + (usageKnown ? 1 : 2));
  }

  static String reason(Runnable r) {
    try {
      r.run();
      return null;
    } catch (UnsupportedOperationException e) {
      return e.getMessage();
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> asList(Object o) {
    return (List<Object>) o;
  }
}
