package io.github.jpsutil.spi;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.LoadAverage;
import java.util.List;
import java.util.OptionalInt;

/** CPU counters of the whole system. */
public interface CpuSource {
  /** System-wide times in seconds since boot. */
  CpuTimes cpuTimes();

  /** One entry per CPU, in CPU index order. */
  List<CpuTimes> perCpuTimes();

  /** Online logical CPUs; empty when undeterminable. */
  OptionalInt cpuCountLogical();

  /** Physical cores (not sockets: psutil issue 614); empty when undeterminable. */
  OptionalInt cpuCountPhysical();

  CpuStats cpuStats();

  /** One entry per online CPU (offline ones skipped); empty when undeterminable. */
  List<CpuFreq> perCpuFreq();

  LoadAverage loadAverage();
}
