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
  default CpuTimes cpuTimes() {
    throw Unsupported.of(this, "cpu_times");
  }

  /** One entry per CPU, in CPU index order. */
  default List<CpuTimes> perCpuTimes() {
    throw Unsupported.of(this, "cpu_times(percpu=True)");
  }

  /** Online logical CPUs; empty when undeterminable. */
  default OptionalInt cpuCountLogical() {
    throw Unsupported.of(this, "cpu_count");
  }

  /** Physical cores (not sockets: psutil gh-614); empty when undeterminable. */
  default OptionalInt cpuCountPhysical() {
    throw Unsupported.of(this, "cpu_count(logical=False)");
  }

  default CpuStats cpuStats() {
    throw Unsupported.of(this, "cpu_stats");
  }

  /** One entry per online CPU (offline ones skipped); empty when undeterminable. */
  default List<CpuFreq> perCpuFreq() {
    throw Unsupported.of(this, "cpu_freq");
  }

  default LoadAverage loadAverage() {
    throw Unsupported.of(this, "getloadavg");
  }
}
