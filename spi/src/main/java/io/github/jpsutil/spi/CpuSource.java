package io.github.jpsutil.spi;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.LoadAverage;
import java.util.List;
import java.util.OptionalInt;

/** CPU counters of the whole system. */
public interface CpuSource {
  /** {@return system-wide times in seconds since boot} */
  default CpuTimes cpuTimes() {
    throw Unsupported.of(this, "cpu_times");
  }

  /** {@return one entry per CPU, in CPU index order} */
  default List<CpuTimes> perCpuTimes() {
    throw Unsupported.of(this, "cpu_times(percpu=True)");
  }

  /** {@return online logical CPUs; empty when undeterminable} */
  default OptionalInt cpuCountLogical() {
    throw Unsupported.of(this, "cpu_count");
  }

  /** {@return physical cores (not sockets: psutil gh-614); empty when undeterminable} */
  default OptionalInt cpuCountPhysical() {
    throw Unsupported.of(this, "cpu_count(logical=False)");
  }

  /**
   * {@return context switches, interrupts, soft interrupts and system calls since boot (psutil's
   * {@code cpu_stats()})}
   */
  default CpuStats cpuStats() {
    throw Unsupported.of(this, "cpu_stats");
  }

  /** {@return one entry per online CPU (offline ones skipped); empty when undeterminable} */
  default List<CpuFreq> perCpuFreq() {
    throw Unsupported.of(this, "cpu_freq");
  }

  /** {@return the 1, 5 and 15 minute load averages (psutil's {@code getloadavg()})} */
  default LoadAverage loadAverage() {
    throw Unsupported.of(this, "getloadavg");
  }
}
