package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** LinuxCpu on this machine against /proc read here, getconf, nproc, lscpu and vmstat. */
@EnabledOnOs(OS.LINUX)
class LinuxCpuLiveTest {
  private final LinuxCpu cpu = new LinuxCpu(new LinuxFiles(BackendConfig.defaults()));

  private static String[] firstLineOf(String file) throws IOException {
    return Files.readAllLines(Path.of(file)).get(0).strip().split("\\s+");
  }

  /** psutil TestCpuTimes::test_against_proc_stat: each field within 1 s of /proc/stat / CLK_TCK. */
  @Test
  void cpuTimesMatchProcStatWithinOneSecond() throws IOException {
    double tck = Double.parseDouble(Tools.run("getconf", "CLK_TCK").strip());
    String[] f = firstLineOf("/proc/stat");
    CpuTimes.Linux t = (CpuTimes.Linux) cpu.cpuTimes();
    assertThat(t.user()).isCloseTo(Long.parseLong(f[1]) / tck, within(1.0));
    assertThat(t.nice()).isCloseTo(Long.parseLong(f[2]) / tck, within(1.0));
    assertThat(t.system()).isCloseTo(Long.parseLong(f[3]) / tck, within(1.0));
    assertThat(t.idle()).isCloseTo(Long.parseLong(f[4]) / tck, within(1.0));
    assertThat(t.iowait()).isCloseTo(Long.parseLong(f[5]) / tck, within(1.0));
    assertThat(t.irq()).isCloseTo(Long.parseLong(f[6]) / tck, within(1.0));
    assertThat(t.softirq()).isCloseTo(Long.parseLong(f[7]) / tck, within(1.0));
    assertThat(t.steal()).isCloseTo(Long.parseLong(f[8]) / tck, within(1.0));
  }

  /** psutil test_cpu_times_comparison: the per-CPU sums within 2 s of the totals, per field. */
  @Test
  void perCpuTimesAddUpToTheTotals() {
    List<CpuTimes> per = cpu.perCpuTimes();
    CpuTimes total = cpu.cpuTimes();
    assertThat(per).hasSize(cpu.cpuCountLogical().getAsInt());
    for (String field : total.asMap().keySet()) {
      double sum = per.stream().mapToDouble(c -> c.asMap().get(field)).sum();
      assertThat(sum).as(field).isCloseTo(total.asMap().get(field), within(2.0));
    }
  }

  @Test
  void logicalCountMatchesNprocGetconfAndLscpu() {
    int n = cpu.cpuCountLogical().getAsInt();
    assertThat(n).isEqualTo(Integer.parseInt(Tools.run("getconf", "_NPROCESSORS_ONLN").strip()));
    // nproc honours affinity and cgroups; psutil compares with it too (exact)
    assertThat(n).isEqualTo(Integer.parseInt(Tools.run("nproc").strip()));
    long lscpuLines =
        Tools.run("lscpu", "-p").lines().filter(l -> !l.startsWith("#") && !l.isBlank()).count();
    assertThat(n).isEqualTo(lscpuLines);
  }

  /** psutil TestCpuCountCores::test_against_lscpu: cores per socket × sockets. */
  @Test
  void physicalCoresMatchLscpu() {
    String out = Tools.run("lscpu");
    String perSocket = lscpuValue(out, "Core(s) per socket:");
    String sockets = lscpuValue(out, "Socket(s):");
    assumeThat(perSocket + sockets).as("lscpu prints digits").matches("\\d+");
    assertThat(cpu.cpuCountPhysical())
        .hasValue(Integer.parseInt(perSocket) * Integer.parseInt(sockets));
  }

  private static String lscpuValue(String out, String key) {
    return out.lines()
        .map(String::strip)
        .filter(l -> l.startsWith(key))
        .map(l -> l.substring(key.length()).strip())
        .findFirst()
        .orElse("?");
  }

  /**
   * The counters only grow, so a reading taken between two {@code vmstat -s} runs must lie between
   * their values (exact bounds; tighter than psutil's abs < 500).
   */
  @Test
  void cpuStatsLieBetweenTwoVmstatReadings() throws IOException {
    String before = Tools.run("vmstat", "-s");
    long softBefore = Long.parseLong(lineOf("/proc/stat", "softirq ")[1]);
    CpuStats s = cpu.cpuStats();
    long softAfter = Long.parseLong(lineOf("/proc/stat", "softirq ")[1]);
    String after = Tools.run("vmstat", "-s");
    assertThat(s.ctxSwitches())
        .isBetween(
            Tools.vmstat(before, "CPU context switches"),
            Tools.vmstat(after, "CPU context switches"));
    assertThat(s.interrupts())
        .isBetween(Tools.vmstat(before, "interrupts"), Tools.vmstat(after, "interrupts"));
    assertThat(s.softInterrupts()).isBetween(softBefore, softAfter);
    assertThat(s.syscalls()).isZero();
  }

  private static String[] lineOf(String file, String prefix) throws IOException {
    try (Stream<String> lines = Files.lines(Path.of(file))) {
      return lines.filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().split("\\s+");
    }
  }

  @Test
  void loadAverageMatchesProcLoadavg() throws IOException {
    LoadAverage l = cpu.loadAverage();
    String[] f = firstLineOf("/proc/loadavg");
    assertThat(l.load1()).isCloseTo(Double.parseDouble(f[0]), within(1.0));
    assertThat(l.load5()).isCloseTo(Double.parseDouble(f[1]), within(1.0));
    assertThat(l.load15()).isCloseTo(Double.parseDouble(f[2]), within(1.0));
  }

  /**
   * One entry per online CPU (psutil test_cpu_freq). Without cpufreq (this VM) the values are the
   * "cpu MHz" lines of /proc/cpuinfo, within 10 % (they are sampled and may move); with cpufreq,
   * min ≤ current is not guaranteed (turbo), but min ≤ max is.
   */
  @Test
  void perCpuFrequenciesCoverTheOnlineCpus() throws IOException {
    List<CpuFreq> freqs = cpu.perCpuFreq();
    List<Double> cpuinfo = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
      if (line.toLowerCase().startsWith("cpu mhz")) {
        cpuinfo.add(Double.parseDouble(line.substring(line.indexOf(':') + 1).strip()));
      }
    }
    assumeThat(cpuinfo.isEmpty() && !hasCpufreq()).as("some source of frequencies").isFalse();
    assertThat(freqs).hasSize(cpu.cpuCountLogical().getAsInt());
    if (!hasCpufreq()) {
      for (int i = 0; i < freqs.size(); i++) {
        assertThat(freqs.get(i).current()).isCloseTo(cpuinfo.get(i), within(cpuinfo.get(i) / 10));
        assertThat(freqs.get(i).min()).isEmpty();
      }
    } else {
      assertThat(freqs)
          .allSatisfy(
              f -> {
                assertThat(f.current()).isPositive();
                f.min().ifPresent(min -> assertThat(min).isLessThanOrEqualTo(f.max().orElse(min)));
              });
    }
  }

  private static boolean hasCpufreq() {
    return Files.exists(Path.of("/sys/devices/system/cpu/cpufreq/policy0"))
        || Files.exists(Path.of("/sys/devices/system/cpu/cpu0/cpufreq"));
  }
}
