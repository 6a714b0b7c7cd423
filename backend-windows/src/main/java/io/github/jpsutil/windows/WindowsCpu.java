package io.github.jpsutil.windows;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.windows.acquire.SystemInformationClass;
import io.github.jpsutil.windows.acquire.WindowsCalls;
import io.github.jpsutil.windows.parse.CpuStatistics;
import io.github.jpsutil.windows.parse.LogicalProcessorInformation;
import io.github.jpsutil.windows.parse.ProcessorPerformanceInformation;
import io.github.jpsutil.windows.parse.SystemTimes;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalInt;

/**
 * CPU times from GetSystemTimes and SystemProcessorPerformanceInformation, statistics from
 * SystemPerformanceInformation, frequencies from CallNtPowerInformation, the load average from PDH.
 */
record WindowsCpu(WindowsCalls calls, LoadAverageSampler load) implements CpuSource {

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
    return ProcessorPerformanceInformation.decode(processors());
  }

  private ByteBuffer processors() {
    int size = 64 * ProcessorPerformanceInformation.LAYOUT.size();
    return calls.query(SystemInformationClass.PROCESSOR_PERFORMANCE, size).bytes();
  }

  /** psutil's {@code cpu_stats()} on Windows. */
  @Override
  public CpuStats cpuStats() {
    int size = CpuStatistics.PERFORMANCE.size();
    ByteBuffer performance = calls.query(SystemInformationClass.PERFORMANCE, size).bytes();
    return CpuStatistics.stats(performance, processors());
  }

  /**
   * psutil's Windows {@code cpu_freq()}: {@code CallNtPowerInformation(ProcessorInformation)} fills
   * one entry per logical processor, and psutil reports the first processor's current and max MHz
   * only, as a one-element list also for {@code percpu=True} ("per-cpu frequency is not supported",
   * _pswindows.py).
   */
  @Override
  public List<CpuFreq> perCpuFreq() {
    int cpus = cpuCountLogical().orElse(1);
    return List.of(
        CpuStatistics.frequencies(
                calls.processorPowerInformation(cpus * CpuStatistics.POWER.size()).bytes())
            .get(0));
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

  /** psutil's emulation from PDH's Processor Queue Length ({@link LoadAverageSampler}). */
  @Override
  public LoadAverage loadAverage() {
    return load.current();
  }
}
