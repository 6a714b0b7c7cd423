package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.parse.Timeval;
import io.github.jpsutil.spi.HostSource;
import java.time.Instant;
import java.util.Arrays;

/** Boot time from {@code kern.boottime}; pids from the kinfo_proc table. */
final class FreeBsdHost implements HostSource {
  private final FreeBsdProcesses processes;

  FreeBsdHost(FreeBsdProcesses processes) {
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
      return Arrays.binarySearch(pids(), 0) >= 0;
    }
    try {
      FreeBsdProcesses.kinfo(pid);
      return true;
    } catch (NoSuchProcess e) {
      return false;
    }
  }
}
