package io.github.jpsutil.windows;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.spi.SnapshotProcess;
import io.github.jpsutil.windows.parse.FileTime;
import io.github.jpsutil.windows.parse.ProcessEntry;
import io.github.jpsutil.windows.parse.ThreadEntry;
import java.util.List;
import java.util.OptionalLong;

/**
 * One process, answered from its SYSTEM_PROCESS_INFORMATION entry (psutil's {@code proc_oneshot}
 * data). Outside {@code oneshot()} every query reads the table anew; inside, one read serves all.
 */
final class WindowsProcess extends SnapshotProcess {
  /** pid 0 and 4 have fixed names in psutil, Task Manager and Process Hacker. */
  private static final int IDLE_PID = 0;

  private static final int SYSTEM_PID = 4;

  private final double createTime;

  /** Identity: {@code CreateTime} in 100-ns units, fixed for the life of the process. */
  WindowsProcess(ProcessEntry first) {
    super(first.pid(), OptionalLong.of(first.createTime()));
    // The idle process has no CreateTime (0, i.e. 1601); psutil reports 0.0 there, this the boot
    // time, when the idle process came to be (deviation).
    this.createTime =
        first.createTime() == 0
            ? epochSeconds(WindowsHost.bootTimeNow())
            : FileTime.epochSeconds(first.createTime(), "CreateTime of pid " + first.pid());
  }

  private static double epochSeconds(java.time.Instant t) {
    return t.getEpochSecond() + t.getNano() / 1e9;
  }

  private ProcessEntry entry() {
    return read("SYSTEM_PROCESS_INFORMATION", () -> WindowsProcesses.entry(pid()));
  }

  @Override
  protected OptionalLong readIdentityTime() {
    return OptionalLong.of(entry().createTime());
  }

  @Override
  public double createTime() {
    return createTime;
  }

  /** The image file name; pid 0 and 4 get psutil's fixed names. */
  @Override
  public String name() {
    if (pid() == IDLE_PID) {
      return "System Idle Process";
    }
    if (pid() == SYSTEM_PID) {
      return "System";
    }
    return entry().imageName();
  }

  @Override
  public int ppid() {
    return entry().ppid();
  }

  @Override
  public ProcessStatus status() {
    return entry().status();
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    return entry().ctxSwitches();
  }

  @Override
  public int numHandles() {
    return Math.toIntExact(entry().handleCount());
  }

  @Override
  public int numThreads() {
    return entry().threads().size();
  }

  @Override
  public List<ProcessThread> threads() {
    return entry().threads().stream().map(ThreadEntry::toProcessThread).toList();
  }

  @Override
  public ProcessCpuTimes cpuTimes() {
    return entry().cpuTimes();
  }

  @Override
  public MemoryInfo memoryInfo() {
    return entry().memoryInfo();
  }

  @Override
  public MemoryInfoEx memoryInfoEx() {
    return entry().memory();
  }

  @Override
  public PageFaults pageFaults() {
    return entry().pageFaults();
  }

  @Override
  public IoCounters ioCounters() {
    return entry().io();
  }
}
