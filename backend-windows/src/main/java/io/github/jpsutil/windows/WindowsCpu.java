package io.github.jpsutil.windows;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.windows.acquire.SystemInformation;
import io.github.jpsutil.windows.acquire.Win32Calls;
import io.github.jpsutil.windows.parse.ProcessorPerformanceInformation;
import io.github.jpsutil.windows.parse.SystemTimes;
import java.util.List;

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
}
