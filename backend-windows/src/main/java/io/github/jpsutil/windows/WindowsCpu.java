package io.github.jpsutil.windows;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.windows.acquire.WindowsCalls;
import io.github.jpsutil.windows.parse.LogicalProcessorInformation;
import io.github.jpsutil.windows.parse.ProcessorPerformanceInformation;
import io.github.jpsutil.windows.parse.SystemTimes;
import java.util.List;
import java.util.OptionalInt;

/** CPU times from GetSystemTimes and SystemProcessorPerformanceInformation. */
final class WindowsCpu implements CpuSource {
  private final WindowsCalls calls;

  WindowsCpu(WindowsCalls calls) {
    this.calls = calls;
  }

  @Override
  public CpuTimes cpuTimes() {
    return SystemTimes.decode(calls.systemTimes().bytes(), perCpu());
  }

  /**
   * One entry per CPU of the calling thread's processor group (at most 64), as psutil: the kernel
   * reports no other group through this class.
   */
  @Override
  public List<CpuTimes> perCpuTimes() {
    return List.copyOf(perCpu());
  }

  private List<CpuTimes.Windows> perCpu() {
    return ProcessorPerformanceInformation.decode(
        calls
            .query(
                WindowsCalls.PROCESSOR_PERFORMANCE,
                "SystemProcessorPerformanceInformation",
                64 * ProcessorPerformanceInformation.SIZE)
            .bytes());
  }

  @Override
  public OptionalInt cpuCountLogical() {
    return LogicalProcessorInformation.logicalProcessors(
        calls.logicalProcessorInformation().bytes());
  }

  @Override
  public OptionalInt cpuCountPhysical() {
    return LogicalProcessorInformation.physicalCores(calls.logicalProcessorInformation().bytes());
  }
}
