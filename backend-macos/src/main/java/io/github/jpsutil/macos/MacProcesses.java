package io.github.jpsutil.macos;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.macos.acquire.Sysctls;
import io.github.jpsutil.macos.parse.KinfoProc;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.spi.ProcessSource;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Processes through {@code sysctl(KERN_PROC)}, which every user may read for every process, zombies
 * included, and {@code proc_pidinfo} for the task figures.
 */
final class MacProcesses implements ProcessSource {
  private final long ticksPerSecond;

  MacProcesses(long ticksPerSecond) {
    this.ticksPerSecond = ticksPerSecond;
  }

  /** The kinfo_proc of {@code pid}, empty when there is no such process. */
  static Optional<KinfoProc> kinfo(int pid) {
    return Sysctls.kinfoProc(pid, KinfoProc.SIZE).map(b -> KinfoProc.decode(b, 0));
  }

  /**
   * Every pid, ascending. As psutil: when the table leaves out pid 0 (some macOS versions) but
   * sysctl can still query it, it is added.
   */
  int[] pids() {
    List<KinfoProc> all = KinfoProc.decodeAll(Sysctls.kinfoProcAll());
    int[] pids = new int[all.size()];
    for (int i = 0; i < pids.length; i++) {
      pids[i] = all.get(i).pid();
    }
    Arrays.sort(pids);
    if ((pids.length == 0 || pids[0] != 0) && kinfo(0).isPresent()) {
      int[] with0 = new int[pids.length + 1];
      System.arraycopy(pids, 0, with0, 1, pids.length);
      return with0;
    }
    return pids;
  }

  @Override
  public ProcessOps open(int pid) {
    KinfoProc k =
        kinfo(pid).orElseThrow(() -> new NoSuchProcess(pid, null, "process PID not found"));
    return new MacProcess(k, ticksPerSecond);
  }

  @Override
  public Map<Integer, Integer> ppidMap() {
    Map<Integer, Integer> out = new HashMap<>();
    for (KinfoProc k : KinfoProc.decodeAll(Sysctls.kinfoProcAll())) {
      out.put(k.pid(), k.ppid());
    }
    return out;
  }
}
