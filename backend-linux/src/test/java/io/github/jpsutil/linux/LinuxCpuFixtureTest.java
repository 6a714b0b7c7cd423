package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LinuxCpu over recorded trees under src/test/resources/fixtures/linux (see each README). */
class LinuxCpuFixtureTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/linux");

  private static LinuxCpu cpu(String scenario) {
    return cpu(
        FIXTURES.resolve(scenario).resolve("proc"), FIXTURES.resolve(scenario).resolve("sys"));
  }

  private static LinuxCpu cpu(Path proc, Path sys) {
    return new LinuxCpu(new LinuxFiles(new BackendConfig(proc, sys, Path.of("/nonexistent"))));
  }

  private static CpuFreq freq(double current, double min, double max) {
    return new CpuFreq(current, OptionalDouble.of(min), OptionalDouble.of(max));
  }

  @Test
  void sharedPolicyCoversTwoCpusAndOfflineCpusAreSkipped() {
    LinuxCpu cpu = cpu("cpu-offline-shared-policy");
    // policy0 → CPUs 0 and 1, policy2 → CPU 2; CPU 3 in no affected_cpus; CPU 4's policy has no
    // current frequency and the CPU is offline.
    assertThat(cpu.perCpuFreq())
        .containsExactly(freq(1800, 800, 3600), freq(1800, 800, 3600), freq(2400, 1000, 3000));
  }

  @Test
  void onlineCountAndDistinctCoresIgnoreOfflineCpus() {
    LinuxCpu cpu = cpu("cpu-offline-shared-policy");
    assertThat(cpu.cpuCountLogical()).hasValue(3); // online "0-2"
    assertThat(cpu.cpuCountPhysical()).hasValue(2); // core_cpus_list "0-1", "0-1", "2"
  }

  @Test
  void cpuinfoMhzIsTheCurrentFrequencyWhenCountsMatch() {
    LinuxCpu cpu = cpu("cpufreq-cpuinfo-match");
    assertThat(cpu.perCpuFreq())
        .containsExactly(
            new CpuFreq(2893.5, OptionalDouble.of(400), OptionalDouble.empty()),
            new CpuFreq(3100.25, OptionalDouble.of(400), OptionalDouble.empty()));
  }

  @Test
  void withoutSysfsEverythingComesFromProc() {
    LinuxCpu cpu = cpu("cpu-no-sysfs");
    assertThat(cpu.cpuCountLogical()).hasValue(4); // processor blocks
    assertThat(cpu.cpuCountPhysical()).hasValue(4); // 2 sockets × 2 cores
    assertThat(cpu.perCpuFreq())
        .extracting(CpuFreq::current)
        .containsExactly(2000.0, 2100.0, 2200.0, 2300.0);
    assertThat(cpu.perCpuFreq()).allSatisfy(f -> assertThat(f.max()).isEmpty());
    assertThat(cpu.cpuStats()).isEqualTo(new CpuStats(20, 10, 30, 0));
    assertThat(cpu.perCpuTimes()).hasSize(4);
  }

  @Test
  void lastFallbacksAreProcStatLinesThenNothing(@TempDir Path tmp) throws IOException {
    Path proc = Files.createDirectories(tmp.resolve("proc"));
    Path sys = Files.createDirectories(tmp.resolve("sys"));
    // sparc-like cpuinfo: no "processor" lines, no MHz, no physical id
    Files.writeString(proc.resolve("cpuinfo"), "cpu\t\t: TI UltraSparc II\nncpus active\t: 2\n");
    Files.writeString(proc.resolve("stat"), "cpu  1 2 3 4\ncpu0 1 1 1 1\ncpu1 0 1 2 3\nctxt 1\n");
    LinuxCpu cpu = cpu(proc, sys);
    assertThat(cpu.cpuCountLogical()).hasValue(2);
    assertThat(cpu.cpuCountPhysical()).isEmpty();
    assertThat(cpu.perCpuFreq()).isEmpty();
  }

  @Test
  void anOnlineCpuWithoutACurrentFrequencyIsAnError(@TempDir Path tmp) throws IOException {
    Path proc = Files.createDirectories(tmp.resolve("proc"));
    Path policy = Files.createDirectories(tmp.resolve("sys/devices/system/cpu/cpufreq/policy0"));
    Files.writeString(proc.resolve("cpuinfo"), "processor : 0\n\nprocessor : 1\n\n");
    Files.writeString(policy.resolve("affected_cpus"), "0\n");
    LinuxCpu cpu = cpu(proc, tmp.resolve("sys"));
    assertThatThrownBy(cpu::perCpuFreq)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("scaling_cur_freq")
        .hasMessageContaining("cpu0");
  }

  @Test
  void malformedSysfsValuesAreErrorsNamingTheFile(@TempDir Path tmp) throws IOException {
    Path cpuDir = Files.createDirectories(tmp.resolve("sys/devices/system/cpu"));
    Files.writeString(cpuDir.resolve("online"), "0-x\n");
    Path policy = Files.createDirectories(cpuDir.resolve("cpufreq/policy0"));
    Files.writeString(policy.resolve("affected_cpus"), "0\n");
    Files.writeString(policy.resolve("scaling_cur_freq"), "<unknown>\n");
    LinuxCpu cpu = cpu(Files.createDirectories(tmp.resolve("proc")), tmp.resolve("sys"));
    assertThatThrownBy(cpu::cpuCountLogical).hasMessageContaining("online");
    assertThatThrownBy(cpu::perCpuFreq).hasMessageContaining("scaling_cur_freq");
  }

  @Test
  void aMissingProcStatIsAnErrorNamingIt() {
    LinuxCpu cpu = cpu(Path.of("/nonexistent/proc"), Path.of("/nonexistent/sys"));
    assertThatThrownBy(cpu::cpuTimes)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("/nonexistent/proc/stat");
  }
}
