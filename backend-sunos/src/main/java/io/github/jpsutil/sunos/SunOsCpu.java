package io.github.jpsutil.sunos;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.sunos.acquire.Kstats;
import io.github.jpsutil.sunos.acquire.SunOsNative;
import io.github.jpsutil.sunos.parse.CpuStat;
import java.nio.ByteBuffer;
import java.util.List;

/** CPU times from the {@code cpu_stat} kstats, one per online CPU. */
final class SunOsCpu implements CpuSource {
  /** illumos {@code <sys/unistd.h>}: {@code _SC_CLK_TCK} 3. */
  static final int SC_CLK_TCK = 3;

  private final Kstats kstats;
  private final SunOsNative lib;

  SunOsCpu(Kstats kstats, SunOsNative lib) {
    this.kstats = kstats;
    this.lib = lib;
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
    long hz = lib.sysconfPositive(SC_CLK_TCK, "_SC_CLK_TCK");
    return cpuStatData().stream().map(b -> CpuStat.times(b, hz)).toList();
  }

  private List<ByteBuffer> cpuStatData() {
    List<ByteBuffer> out = kstats.module("cpu_stat").stream().map(Kstats.Snapshot::data).toList();
    if (out.isEmpty()) {
      throw new IllegalStateException("no cpu_stat kstat found");
    }
    return out;
  }
}
