package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.parse.KinfoProc;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.spi.ProcessSource;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Processes through {@code sysctl(KERN_PROC)}, which every user may read, zombies included. */
final class FreeBsdProcesses implements ProcessSource {
  private final long pageSize;

  FreeBsdProcesses(long pageSize) {
    this.pageSize = pageSize;
  }

  /** The kinfo_proc of {@code pid}; NoSuchProcess when it is gone. */
  static KinfoProc kinfo(int pid) {
    return KinfoProc.decode(Sysctls.kinfoProc(pid, KinfoProc.SIZE), 0);
  }

  int[] pids() {
    List<KinfoProc> all = KinfoProc.decodeAll(Sysctls.kinfoProcAll());
    int[] pids = new int[all.size()];
    for (int i = 0; i < pids.length; i++) {
      pids[i] = all.get(i).pid();
    }
    Arrays.sort(pids);
    return pids;
  }

  @Override
  public ProcessOps open(int pid) {
    KinfoProc first;
    try {
      first = kinfo(pid);
    } catch (NoSuchProcess e) {
      throw new NoSuchProcess(pid, null, "process PID not found");
    }
    return new FreeBsdProcess(first, pageSize);
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
