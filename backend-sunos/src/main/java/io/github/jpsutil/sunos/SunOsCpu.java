package io.github.jpsutil.sunos;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.sunos.acquire.Kstats;
import io.github.jpsutil.sunos.parse.CpuStat;
import java.util.ArrayList;
import java.util.List;

/** CPU times from the {@code cpu_stat} kstats, one per online CPU. */
final class SunOsCpu implements CpuSource {
  private final long ticksPerSecond;

  SunOsCpu(long ticksPerSecond) {
    this.ticksPerSecond = ticksPerSecond;
  }

  /** psutil {@code _pssunos.cpu_times()}: the per-CPU times summed field by field. */
  @Override
  public CpuTimes cpuTimes() {
    double user = 0;
    double system = 0;
    double idle = 0;
    double iowait = 0;
    for (CpuTimes.SunOs c : perCpu()) {
      user += c.user();
      system += c.system();
      idle += c.idle();
      iowait += c.iowait();
    }
    return new CpuTimes.SunOs(user, system, idle, iowait);
  }

  @Override
  public List<CpuTimes> perCpuTimes() {
    return List.copyOf(perCpu());
  }

  private List<CpuTimes.SunOs> perCpu() {
    List<CpuTimes.SunOs> out = new ArrayList<>();
    for (Kstats.Snapshot s : Kstats.module("cpu_stat")) {
      out.add(CpuStat.decode(s.data(), ticksPerSecond));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no cpu_stat kstat found");
    }
    return out;
  }
}
