package io.github.jpsutil.windows.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.windows.parse.FileTime;
import io.github.jpsutil.windows.parse.PerformanceInformation;
import io.github.jpsutil.windows.parse.ProcessEntry;
import io.github.jpsutil.windows.parse.ProcessorPerformanceInformation;
import io.github.jpsutil.windows.parse.SystemTimes;
import io.github.jpsutil.windows.parse.TimeOfDayInformation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * System-wide decoders over captured buffers, compared with other calls of the same capture: {@code
 * GetPerformanceInfo} with {@code GlobalMemoryStatusEx} and {@code GetNativeSystemInfo}; {@code
 * SystemProcessorPerformanceInformation} with {@code GetActiveProcessorCount} and {@code
 * GetSystemTimes}; {@code SystemTimeOfDayInformation} with the process table's create times.
 */
class SystemCaptureTest {
  private static final long MIB = 1 << 20;

  private static long fact(CaptureDirectory capture, String key) {
    return Long.parseLong(capture.keyValues("system.txt").get(key));
  }

  private static PerformanceInformation performance(CaptureDirectory capture) {
    assertThat(capture.entry("GetPerformanceInfo.bin").rc()).as("GetPerformanceInfo BOOL").isOne();
    return PerformanceInformation.decode(capture.raw("GetPerformanceInfo.bin"));
  }

  /**
   * virtual_memory() total equals MEMORYSTATUSEX.ullTotalPhys (exact: both are the same page count
   * times the page size); available equals ullAvailPhys within 64 MiB (two reads of the host's free
   * memory a few milliseconds apart); the page size equals SYSTEM_INFO.dwPageSize.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void virtualMemoryMatchesGlobalMemoryStatusEx(CaptureDirectory capture) {
    PerformanceInformation perf = performance(capture);
    VirtualMemory.Windows vm = perf.virtualMemory();
    assertThat(perf.pageSize()).isEqualTo(fact(capture, "SYSTEM_INFO.dwPageSize"));
    assertThat(vm.total()).isEqualTo(fact(capture, "MEMORYSTATUSEX.ullTotalPhys"));
    assertThat(vm.available())
        .isCloseTo(fact(capture, "MEMORYSTATUSEX.ullAvailPhys"), within(64 * MIB));
    assertThat(vm.percent())
        .as("percent vs dwMemoryLoad (an integer percent)")
        .isCloseTo(fact(capture, "MEMORYSTATUSEX.dwMemoryLoad"), within(1.5));
  }

  /** One PROCESSOR_PERFORMANCE_INFORMATION per CPU that GetActiveProcessorCount counts. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void perCpuCountMatchesGetActiveProcessorCount(CaptureDirectory capture) {
    List<CpuTimes.Windows> perCpu = perCpu(capture);
    assertThat(perCpu).hasSize((int) fact(capture, "GetActiveProcessorCount"));
  }

  /**
   * The per-CPU times summed equal {@code GetSystemTimes}' user, kernel − idle and idle, within 0.1
   * s per CPU: the two calls are milliseconds apart and Wine reads both from the host's /proc/stat,
   * which counts in 10 ms ticks.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void perCpuSumsMatchGetSystemTimes(CaptureDirectory capture) {
    List<CpuTimes.Windows> perCpu = perCpu(capture);
    CpuTimes.Windows total = SystemTimes.decode(capture.raw("GetSystemTimes.bin"), perCpu);
    double user = 0;
    double system = 0;
    double idle = 0;
    for (CpuTimes.Windows c : perCpu) {
      user += c.user();
      system += c.system();
      idle += c.idle();
    }
    double tolerance = 0.1 * perCpu.size();
    assertThat(total.user()).isCloseTo(user, within(tolerance));
    assertThat(total.system()).isCloseTo(system, within(tolerance));
    assertThat(total.idle()).isCloseTo(idle, within(tolerance));
    assertThat(total.idle()).as("the host has been up a while").isGreaterThan(1.0);
  }

  /**
   * Wine 8 reports as BootTime the moment its wineserver started (while {@code GetTickCount64}
   * gives the Linux host's uptime, so the two disagree by the host's uptime before Wine). What
   * holds: the boot time lies before every process's CreateTime, the earliest process (Wine's
   * services.exe) starts within 60 s of it, and it lies before the capture's current time.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void bootTimePrecedesEveryProcess(CaptureDirectory capture) {
    assertThat(capture.entry("ntqsi-3-SystemTimeOfDayInformation.bin").rc()).isZero();
    Instant boot =
        TimeOfDayInformation.bootTime(capture.raw("ntqsi-3-SystemTimeOfDayInformation.bin"));
    long earliest = Long.MAX_VALUE;
    for (ProcessEntry e : ProcessTableCaptureTest.decode(capture).values()) {
      if (e.createTime() != 0) {
        earliest = Math.min(earliest, e.createTime());
      }
    }
    Instant first = FileTime.instant(earliest, "earliest CreateTime");
    Instant now = FileTime.instant(fact(capture, "GetSystemTimeAsFileTime"), "now");
    assertThat(boot).isBefore(first).isAfter(first.minusSeconds(60)).isBefore(now);
  }

  private static List<CpuTimes.Windows> perCpu(CaptureDirectory capture) {
    String file = "ntqsi-8-SystemProcessorPerformanceInformation.bin";
    assertThat(capture.entry(file).rc()).isZero();
    return ProcessorPerformanceInformation.decode(capture.raw(file));
  }
}
