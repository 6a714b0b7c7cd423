package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.parse.CpTime;
import io.github.jpsutil.freebsd.parse.CpuFreqLevels;
import io.github.jpsutil.freebsd.parse.CpuTopology;
import io.github.jpsutil.freebsd.parse.LoadAvg;
import io.github.jpsutil.freebsd.parse.SysctlNumber;
import io.github.jpsutil.spi.CStrings;
import io.github.jpsutil.spi.CpuSource;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * CPU times from {@code kern.cp_time(s)}, counts from {@code hw.ncpu} and {@code
 * kern.sched.topology_spec}, {@code vm.stats.sys} counters, {@code dev.cpu.N.freq}; load averages
 * from {@code vm.loadavg}.
 */
record FreeBsdCpu(Sysctls sysctls) implements CpuSource {
  /** Room for 1024 CPUs; the kernel returns only as many as it has. */
  private static final int MAX_CP_TIMES = 1024 * CpTime.SIZE;

  /** Room for a sysctl string such as {@code freq_levels} or the topology XML. */
  private static final int TEXT = 64 * 1024;

  @Override
  public CpuTimes cpuTimes() {
    return CpTime.decode(sysctls.byName("kern.cp_time", CpTime.SIZE));
  }

  @Override
  public List<CpuTimes> perCpuTimes() {
    return CpTime.decodeArray(sysctls.byName("kern.cp_times", MAX_CP_TIMES));
  }

  @Override
  public LoadAverage loadAverage() {
    return LoadAvg.decode(sysctls.byName("vm.loadavg", LoadAvg.LAYOUT.size()));
  }

  /** {@code hw.ncpu}, as psutil's {@code cpu_count_logical}. */
  @Override
  public OptionalInt cpuCountLogical() {
    return OptionalInt.of(Math.toIntExact(sysctls.number("hw.ncpu")));
  }

  @Override
  public OptionalInt cpuCountPhysical() {
    Optional<String> spec = text("kern.sched.topology_spec");
    int logical = cpuCountLogical().getAsInt();
    return spec.map(s -> CpuTopology.physicalCores(s, logical))
        .orElse(logical == 1 ? OptionalInt.of(1) : OptionalInt.empty());
  }

  /** psutil's FreeBSD {@code cpu_stats}: the {@code vm.stats.sys} counters. */
  @Override
  public CpuStats cpuStats() {
    return new CpuStats(
        sysctls.number("vm.stats.sys.v_swtch"),
        sysctls.number("vm.stats.sys.v_intr"),
        sysctls.number("vm.stats.sys.v_soft"),
        sysctls.number("vm.stats.sys.v_syscall"));
  }

  /**
   * One entry per CPU that has {@code dev.cpu.N.freq}; psutil skips the others (cpufreq(4) often
   * attaches to {@code cpu0} only, so one entry is common).
   */
  @Override
  public List<CpuFreq> perCpuFreq() {
    List<CpuFreq> out = new ArrayList<>();
    int cpus = cpuCountLogical().getAsInt();
    for (int cpu = 0; cpu < cpus; cpu++) {
      String freq = "dev.cpu." + cpu + ".freq";
      Optional<ByteBuffer> mhz = sysctls.byNameIfExists(freq, 8);
      if (mhz.isPresent()) {
        String levels = text("dev.cpu." + cpu + ".freq_levels").orElse("");
        out.add(CpuFreqLevels.decode(SysctlNumber.unsigned(mhz.get(), freq), levels));
      }
    }
    return List.copyOf(out);
  }

  private Optional<String> text(String name) {
    return sysctls.byNameIfExists(name, TEXT).map(b -> CStrings.decode(b, 0, b.limit()));
  }
}
