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
 * One decoded {@code SYSTEM_PROCESS_INFORMATION} record (see {@link SystemProcessInformation}).
 *
 * @param pid {@code UniqueProcessId}
 * @param ppid {@code InheritedFromUniqueProcessId} (not updated when the parent exits, so it may
 *     name a newer process that reused the pid)
 * @param imageName the executable's file name; "" for the idle process, which has none
 * @param createTime {@code CreateTime} as a FILETIME (100-ns since 1601); 0 for the idle process
 * @param userTime seconds in user mode
 * @param kernelTime seconds in kernel mode
 * @param handleCount open handles
 * @param pageFaults minor and major faults
 * @param memory working set, private bytes, virtual size and pool usage, in bytes
 * @param io I/O operation counts and bytes
 * @param threads the process's threads
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

  /**
   * psutil {@code pmem}: rss = WorkingSetSize, vms = PrivatePageCount (PrivateUsage), peak_rss =
   * PeakWorkingSetSize, peak_vms = PeakPagefileUsage.
   */
  public MemoryInfo.Windows memoryInfo() {
    return new MemoryInfo.Windows(memory.rss(), memory.vms(), memory.peakRss(), memory.peakVms());
  }

  /** Sum of the threads' context switches; Windows does not split them (involuntary is 0). */
  public CtxSwitches ctxSwitches() {
    long sum = 0;
    for (ThreadEntry t : threads) {
      sum += t.contextSwitches();
    }
    return new CtxSwitches(sum, 0);
  }

  /**
   * psutil's status rule: stopped when every thread waits because it was suspended (a process
   * without threads counts as suspended), else running.
   */
  public ProcessStatus status() {
    for (ThreadEntry t : threads) {
      if (!t.isSuspended()) {
        return ProcessStatus.RUNNING;
      }
    }
    return ProcessStatus.STOPPED;
  }
}
