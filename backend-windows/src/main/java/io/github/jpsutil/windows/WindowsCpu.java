package io.github.jpsutil.windows;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.windows.acquire.SystemInformation;
import io.github.jpsutil.windows.acquire.Win32Calls;
import io.github.jpsutil.windows.parse.ProcessorPerformanceInformation;
import io.github.jpsutil.windows.parse.SystemTimes;
import java.util.List;
import java.util.OptionalInt;

/** CPU times from GetSystemTimes and SystemProcessorPerformanceInformation. */
final class WindowsCpu implements CpuSource {
  /** Room for 64 CPUs, the most one processor group holds. */
  private static final int INITIAL_SIZE = 64 * ProcessorPerformanceInformation.SIZE;

  @Override
  public CpuTimes cpuTimes() {
    return SystemTimes.decode(Win32Calls.systemTimes(), perCpu());
  }

  /**
   * One entry per CPU of the calling thread's processor group (at most 64), as psutil: the kernel
   * reports no other group through this class.
   */
  @Override
  public List<CpuTimes> perCpuTimes() {
    return List.copyOf(perCpu());
  }

  private static List<CpuTimes.Windows> perCpu() {
    return ProcessorPerformanceInformation.decode(
        SystemInformation.query(
                SystemInformation.PROCESSOR_PERFORMANCE,
                "SystemProcessorPerformanceInformation",
                INITIAL_SIZE)
            .bytes());
  }

  @Override
  public OptionalInt cpuCountLogical() {
    throw NotBuilt.of("cpu_count");
  }

  @Override
  public OptionalInt cpuCountPhysical() {
    throw NotBuilt.of("cpu_count(logical=False)");
  }

  @Override
  public CpuStats cpuStats() {
    throw NotBuilt.of("cpu_stats");
  }

  @Override
  public List<CpuFreq> perCpuFreq() {
    throw NotBuilt.of("cpu_freq");
  }

  @Override
  public LoadAverage loadAverage() {
    throw NotBuilt.of("getloadavg");
  }
}
