package io.github.jpsutil.linux;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.CpuSource;
import java.util.List;
import java.util.OptionalInt;

/** Not implemented yet: every method throws UnsupportedOperationException. */
final class LinuxCpu implements CpuSource {
  LinuxCpu(LinuxFiles files) {}

  @Override
  public CpuTimes cpuTimes() {
    throw new UnsupportedOperationException("cpuTimes: not implemented yet");
  }

  @Override
  public List<CpuTimes> perCpuTimes() {
    throw new UnsupportedOperationException("perCpuTimes: not implemented yet");
  }

  @Override
  public OptionalInt cpuCountLogical() {
    throw new UnsupportedOperationException("cpuCountLogical: not implemented yet");
  }

  @Override
  public OptionalInt cpuCountPhysical() {
    throw new UnsupportedOperationException("cpuCountPhysical: not implemented yet");
  }

  @Override
  public CpuStats cpuStats() {
    throw new UnsupportedOperationException("cpuStats: not implemented yet");
  }

  @Override
  public List<CpuFreq> perCpuFreq() {
    throw new UnsupportedOperationException("perCpuFreq: not implemented yet");
  }

  @Override
  public LoadAverage loadAverage() {
    throw new UnsupportedOperationException("loadAverage: not implemented yet");
  }
}
