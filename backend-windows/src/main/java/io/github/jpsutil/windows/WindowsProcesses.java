package io.github.jpsutil.windows;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.spi.ProcessSource;
import io.github.jpsutil.windows.acquire.NativeStruct;
import io.github.jpsutil.windows.acquire.SystemInformation;
import io.github.jpsutil.windows.parse.ProcessEntry;
import io.github.jpsutil.windows.parse.SystemProcessInformation;
import java.util.Map;
import java.util.Optional;

/**
 * The process table from SystemProcessInformation, as psutil's {@code proc_oneshot}. One query
 * lists every process, so each answer reads the whole table; {@code oneshot()} reuses one read.
 */
final class WindowsProcesses implements ProcessSource {
  /** A typical desktop table is 200-500 KB; start there and grow as the kernel asks. */
  private static final int INITIAL_SIZE = 512 * 1024;

  static NativeStruct table() {
    return SystemInformation.query(
        SystemInformation.PROCESS, "SystemProcessInformation", INITIAL_SIZE);
  }

  /** The current entry of {@code pid}; NoSuchProcess once it is gone. */
  static ProcessEntry entry(int pid) {
    return find(pid).orElseThrow(() -> new NoSuchProcess(pid));
  }

  private static Optional<ProcessEntry> find(int pid) {
    NativeStruct t = table();
    return SystemProcessInformation.find(t.bytes(), t.address(), pid);
  }

  int[] pids() {
    return SystemProcessInformation.pids(table().bytes());
  }

  @Override
  public ProcessOps open(int pid) {
    return new WindowsProcess(
        find(pid).orElseThrow(() -> new NoSuchProcess(pid, null, "process PID not found")));
  }

  @Override
  public Map<Integer, Integer> ppidMap() {
    return SystemProcessInformation.ppidMap(table().bytes());
  }
}
