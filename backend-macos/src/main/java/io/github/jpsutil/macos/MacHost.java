package io.github.jpsutil.macos;

import io.github.jpsutil.macos.acquire.Sysctls;
import io.github.jpsutil.macos.parse.Timeval;
import io.github.jpsutil.spi.HostSource;
import java.time.Instant;

/** Boot time from {@code kern.boottime}; pids from the kinfo_proc table. */
final class MacHost implements HostSource {
  private final MacProcesses processes;

  MacHost(MacProcesses processes) {
    this.processes = processes;
  }

  @Override
  public Instant bootTime() {
    return Timeval.bootTime(Sysctls.byName("kern.boottime", Timeval.SIZE));
  }

  @Override
  public int[] pids() {
    return processes.pids();
  }

  /** As psutil: pid 0 exists when it is in {@link #pids()}; any other pid when sysctl finds it. */
  @Override
  public boolean pidExists(int pid) {
    if (pid < 0) {
      return false;
    }
    if (pid == 0) {
      return java.util.Arrays.binarySearch(pids(), 0) >= 0;
    }
    return MacProcesses.kinfo(pid).isPresent();
  }
}
