package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import java.util.List;

/**
 * One decoded {@code SYSTEM_PROCESS_INFORMATION} record (see {@link SystemProcessInformation}):
 * {@code ppid} is {@code InheritedFromUniqueProcessId}, not updated when the parent exits (so it
 * may name a newer process that reused the pid); {@code imageName} is "" for the idle process;
 * {@code createTime} is a FILETIME, 0 for the idle process; times are seconds, memory bytes.
 */
public record ProcessEntry(
    int pid,
    int ppid,
    String imageName,
    long createTime,
    double userTime,
    double kernelTime,
    long handleCount,
    PageFaults pageFaults,
    MemoryInfoEx.Windows memory,
    IoCounters.Windows io,
    List<ThreadEntry> threads) {

  public ProcessEntry {
    threads = List.copyOf(threads);
  }

  /** psutil {@code pcputimes}: children times are not available on Windows and are 0. */
  public ProcessCpuTimes cpuTimes() {
    return new ProcessCpuTimes.Basic(userTime, kernelTime, 0.0, 0.0);
  }

  /** psutil {@code pmem}: rss, vms (PrivateUsage), peak_rss and peak_vms (PeakPagefileUsage). */
  public MemoryInfo.Windows memoryInfo() {
    return new MemoryInfo.Windows(memory.rss(), memory.vms(), memory.peakRss(), memory.peakVms());
  }

  /** Sum of the threads' context switches; Windows does not split them (involuntary is 0). */
  public CtxSwitches ctxSwitches() {
    return new CtxSwitches(threads.stream().mapToLong(ThreadEntry::contextSwitches).sum(), 0);
  }

  /**
   * psutil's status rule: stopped when every thread waits because it was suspended (a process
   * without threads counts as suspended), else running.
   */
  public ProcessStatus status() {
    return threads.stream().allMatch(ThreadEntry::isSuspended)
        ? ProcessStatus.STOPPED
        : ProcessStatus.RUNNING;
  }
}
