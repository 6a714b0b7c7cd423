package io.github.jpsutil.macos;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.macos.acquire.HostStatistics;
import io.github.jpsutil.macos.acquire.Sysctls;
import io.github.jpsutil.macos.parse.CpuLoadInfo;
import io.github.jpsutil.macos.parse.LoadAvg;
import io.github.jpsutil.spi.CpuSource;
import java.util.List;

/** CPU times from the Mach host statistics; load averages from {@code vm.loadavg}. */
final class MacCpu implements CpuSource {
  private final long ticksPerSecond;

  MacCpu(long ticksPerSecond) {
    this.ticksPerSecond = ticksPerSecond;
  }

  @Override
  public CpuTimes cpuTimes() {
    return CpuLoadInfo.decode(HostStatistics.cpuLoad(), ticksPerSecond);
  }

  @Override
  public List<CpuTimes> perCpuTimes() {
    HostStatistics.PerProcessor p = HostStatistics.processorLoad();
    return List.copyOf(CpuLoadInfo.decodeArray(p.bytes(), p.processors(), ticksPerSecond));
  }

  @Override
  public LoadAverage loadAverage() {
    return LoadAvg.decode(Sysctls.byName("vm.loadavg", LoadAvg.SIZE));
  }
}
