package io.github.jpsutil.freebsd;

import static io.github.jpsutil.freebsd.layout.TableStructs.le;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.freebsd.acquire.RecordedKernel;
import io.github.jpsutil.freebsd.acquire.RecordedKernel.Answer;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.posix.PosixUserDirectory;
import io.github.jpsutil.spi.Backend;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The system-wide sysctls psutil reads on FreeBSD, answered by a fake kernel. */
class FreeBsdSystemOverRecordedKernelTest {
  /**
   * A 4-core, 8-thread machine in the format smp(4) documents for {@code kern.sched.topology_spec}:
   * one level-1 group of all CPUs, one level-2 group per core (its two SMT threads).
   */
  private static final String FOUR_CORES_SMT =
      """
      <groups>
       <group level="1" cache-level="3">
        <cpu count="8" mask="ff,0,0,0">0, 1, 2, 3, 4, 5, 6, 7</cpu>
        <children>
         <group level="2" cache-level="2">
          <cpu count="2" mask="3,0,0,0">0, 1</cpu>
          <flags><flag name="THREAD">THREAD group</flag><flag name="SMT">SMT group</flag></flags>
         </group>
         <group level="2" cache-level="2">
          <cpu count="2" mask="c,0,0,0">2, 3</cpu>
          <flags><flag name="THREAD">THREAD group</flag><flag name="SMT">SMT group</flag></flags>
         </group>
         <group level="2" cache-level="2">
          <cpu count="2" mask="30,0,0,0">4, 5</cpu>
          <flags><flag name="THREAD">THREAD group</flag><flag name="SMT">SMT group</flag></flags>
         </group>
         <group level="2" cache-level="2">
          <cpu count="2" mask="c0,0,0,0">6, 7</cpu>
          <flags><flag name="THREAD">THREAD group</flag><flag name="SMT">SMT group</flag></flags>
         </group>
        </children>
       </group>
      </groups>
      """;

  private static final String ONE_LEVEL =
      """
      <groups>
       <group level="1" cache-level="0">
        <cpu count="%d" mask="1,0,0,0">0</cpu>
       </group>
      </groups>
      """;

  private static ByteBuffer u32(int v) {
    return le(4).putInt(0, v);
  }

  private static ByteBuffer u64(long v) {
    return le(8).putLong(0, v);
  }

  private static ByteBuffer text(String s) {
    byte[] b = (s + "\0").getBytes(StandardCharsets.UTF_8);
    return le(b.length).put(0, b);
  }

  private static RecordedKernel kernel(int ncpu) {
    return new RecordedKernel().answer("hw.pagesize", u32(4096)).answer("hw.ncpu", u32(ncpu));
  }

  private static Backend backend(RecordedKernel k) {
    return FreeBsdBackend.over(new Sysctls(k), new PosixUserDirectory());
  }

  @Test
  void cpuCountsFollowPsutil() {
    Backend b = backend(kernel(8).answer("kern.sched.topology_spec", text(FOUR_CORES_SMT)));
    assertThat(b.cpu().cpuCountLogical()).isEqualTo(OptionalInt.of(8));
    assertThat(b.cpu().cpuCountPhysical()).isEqualTo(OptionalInt.of(4));
    // No second-level groups: unknown, except on a single-CPU machine (psutil's fallback).
    String one = ONE_LEVEL.formatted(1);
    assertThat(backend(kernel(1).answer("kern.sched.topology_spec", text(one))).cpu())
        .satisfies(c -> assertThat(c.cpuCountPhysical()).isEqualTo(OptionalInt.of(1)));
    assertThat(backend(kernel(2).answer("kern.sched.topology_spec", text(one))).cpu())
        .satisfies(c -> assertThat(c.cpuCountPhysical()).isEmpty());
    assertThatThrownBy(
            () ->
                backend(kernel(2).answer("kern.sched.topology_spec", text("<groups><group>")))
                    .cpu()
                    .cpuCountPhysical())
        .hasMessageContaining("kern.sched.topology_spec is not well-formed");
  }

  @Test
  void cpuStatsAreTheVmStatsSysCounters() {
    RecordedKernel k =
        kernel(2)
            .answer("vm.stats.sys.v_swtch", u64(5_000_000_000L))
            .answer("vm.stats.sys.v_intr", u32(123))
            .answer("vm.stats.sys.v_soft", u32(456))
            .answer("vm.stats.sys.v_syscall", u64(789));
    assertThat(backend(k).cpu().cpuStats()).isEqualTo(new CpuStats(5_000_000_000L, 123, 456, 789));
  }

  @Test
  void cpuFreqSkipsCpusWithoutADriverAndReadsTheLevels() {
    RecordedKernel k =
        kernel(2)
            .answer("dev.cpu.0.freq", u32(2394))
            .answer("dev.cpu.0.freq_levels", text("2394/35000 2000/28000 1600/21000 800/8000"));
    assertThat(backend(k).cpu().perCpuFreq())
        .containsExactly(new CpuFreq(2394, OptionalDouble.of(800), OptionalDouble.of(2394)));
    RecordedKernel noLevels = kernel(1).answer("dev.cpu.0.freq", u32(1200));
    assertThat(backend(noLevels).cpu().perCpuFreq())
        .containsExactly(new CpuFreq(1200, OptionalDouble.empty(), OptionalDouble.empty()));
    assertThat(backend(kernel(4)).cpu().perCpuFreq()).isEmpty();
  }

  @Test
  void temperaturesAreDeciKelvinTruncatedToWholeCelsius() {
    RecordedKernel k =
        kernel(3)
            .answer("dev.cpu.0.temperature", u32(3231)) // 50.0 °C
            .answer("dev.cpu.0.coretemp.tjmax", u32(3731)) // 100.0 °C
            .answer("dev.cpu.1.temperature", u32(3185)); // 45.4 °C, no tjmax
    Map<String, List<Temperature>> t = backend(k).sensors().temperatures();
    assertThat(t)
        .isEqualTo(
            Map.of(
                "coretemp",
                List.of(
                    new Temperature("Core 0", 50, OptionalDouble.of(100), OptionalDouble.of(100)),
                    new Temperature(
                        "Core 1", 45, OptionalDouble.empty(), OptionalDouble.empty()))));
    assertThat(backend(kernel(2)).sensors().temperatures()).isEmpty();
  }

  @Test
  void theBatteryFollowsPsutilsRules() {
    RecordedKernel onBattery =
        kernel(1)
            .answer("hw.acpi.battery.life", u32(87))
            .answer("hw.acpi.battery.time", u32(123))
            .answer("hw.acpi.acline", u32(0));
    assertThat(backend(onBattery).sensors().battery())
        .contains(new Battery(87, BatteryTime.KNOWN, OptionalLong.of(7380), Optional.of(false)));
    RecordedKernel plugged =
        kernel(1)
            .answer("hw.acpi.battery.life", u32(100))
            .answer("hw.acpi.battery.time", u32(-1))
            .answer("hw.acpi.acline", u32(1));
    assertThat(backend(plugged).sensors().battery())
        .contains(new Battery(100, BatteryTime.UNLIMITED, OptionalLong.empty(), Optional.of(true)));
    RecordedKernel unknown =
        kernel(1)
            .answer("hw.acpi.battery.life", u32(40))
            .answer("hw.acpi.battery.time", u32(-1))
            .answer("hw.acpi.acline", u32(0));
    assertThat(backend(unknown).sensors().battery().orElseThrow().time())
        .isEqualTo(BatteryTime.UNKNOWN);
    assertThat(backend(kernel(1)).sensors().battery()).isEmpty();
    RecordedKernel broken = kernel(1).answer("hw.acpi.battery.life", Answer.errno(5));
    assertThatThrownBy(() -> backend(broken).sensors().battery())
        .hasMessageContaining("sysctlbyname(hw.acpi.battery.life) failed: errno 5");
  }
}
