package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.parse.CpTime;
import io.github.jpsutil.freebsd.parse.LoadAvg;
import io.github.jpsutil.spi.CpuSource;
import java.util.List;

/** CPU times from {@code kern.cp_time(s)}; load averages from {@code vm.loadavg}. */
final class FreeBsdCpu implements CpuSource {
  private final Sysctls sysctls;

  FreeBsdCpu(Sysctls sysctls) {
    this.sysctls = sysctls;
  }

  /**
   * psutil divides the tick counts by {@code CLOCKS_PER_SEC}, 128 in FreeBSD's {@code <time.h>}
   * (the statclock runs at about that rate).
   */
  private static final long CLOCKS_PER_SEC = 128;

  /** Room for 1024 CPUs; the kernel returns only as many as it has. */
  private static final int MAX_CP_TIMES = 1024 * CpTime.SIZE;

  @Override
  public CpuTimes cpuTimes() {
    return CpTime.decode(sysctls.byName("kern.cp_time", CpTime.SIZE), CLOCKS_PER_SEC);
  }

  @Override
  public List<CpuTimes> perCpuTimes() {
    return List.copyOf(
        CpTime.decodeArray(sysctls.byName("kern.cp_times", MAX_CP_TIMES), CLOCKS_PER_SEC));
  }

  @Override
  public LoadAverage loadAverage() {
    return LoadAvg.decode(sysctls.byName("vm.loadavg", LoadAvg.LAYOUT.size()));
  }
}
