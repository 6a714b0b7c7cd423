package io.github.jpsutil.windows;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.spi.SnapshotProcess;
import io.github.jpsutil.windows.parse.FileTime;
import io.github.jpsutil.windows.parse.ProcessEntry;
import io.github.jpsutil.windows.parse.ThreadEntry;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * One process, answered from its SYSTEM_PROCESS_INFORMATION entry (psutil's {@code proc_oneshot}
 * data). Outside {@code oneshot()} every query reads the table anew; inside, one read serves all.
 */
final class WindowsProcess extends SnapshotProcess {
  private final WindowsProcesses table;
  private final double createTime;

  /** Identity: {@code CreateTime} in 100-ns units, fixed for the life of the process. */
  WindowsProcess(WindowsProcesses table, ProcessEntry first) {
    super(first.pid(), OptionalLong.of(first.createTime()));
    this.table = table;
    // The idle process has no CreateTime (0, i.e. 1601); psutil reports 0.0 there, this the boot
    // time, when the idle process came to be (deviation).
    Instant boot = first.createTime() == 0 ? table.bootTime() : null;
    this.createTime =
        boot != null
            ? boot.getEpochSecond() + boot.getNano() / 1e9
            : FileTime.epochSeconds(first.createTime(), "CreateTime of pid " + first.pid());
  }

  private ProcessEntry entry() {
    return read(
        "SYSTEM_PROCESS_INFORMATION",
        () -> table.find(pid()).orElseThrow(() -> new NoSuchProcess(pid())));
  }

  @Override
  protected OptionalLong readIdentityTime() {
    return OptionalLong.of(entry().createTime());
  }

  @Override
  public double createTime() {
    return createTime;
  }

  /** The image file name; pid 0 and 4 have psutil's (and Task Manager's) fixed names. */
  @Override
  public String name() {
    return switch (pid()) {
      case 0 -> "System Idle Process";
      case 4 -> "System";
      default -> entry().imageName();
    };
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
