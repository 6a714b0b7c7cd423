package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.freebsd.parse.KinfoProc;
import io.github.jpsutil.spi.SnapshotProcess;
import java.util.OptionalLong;

/**
 * One process, answered from its {@code kinfo_proc} as psutil's {@code proc_oneshot_kinfo}; inside
 * {@code oneshot()} the struct is read once.
 *
 * <p>No PID-reuse identity: {@code ki_start} is the wall-clock time of the fork (a {@code timeval}
 * of {@code getmicrotime()}, FreeBSD {@code kern_fork.c}), so setting the clock would make a live
 * process look replaced. psutil 8.0 turned the check off for such start times (gh-2888).
 */
final class FreeBsdProcess extends SnapshotProcess {
  private final FreeBsdProcesses table;
  private final long pageSize;
  private final double createTime;

  FreeBsdProcess(FreeBsdProcesses table, KinfoProc first, long pageSize) {
    super(first.pid(), OptionalLong.empty());
    this.table = table;
    this.pageSize = pageSize;
    this.createTime = first.createTime();
  }

  private KinfoProc kinfo() {
    return read("kinfo_proc", () -> table.kinfo(pid()));
  }

  @Override
  protected OptionalLong readIdentityTime() {
    return OptionalLong.empty();
  }

  @Override
  public double createTime() {
    return createTime;
  }

  @Override
  public String name() {
    return kinfo().comm();
  }

  @Override
  public int ppid() {
    return kinfo().ppid();
  }

  @Override
  public ProcessStatus status() {
    return kinfo().status();
  }

  @Override
  public Uids uids() {
    return kinfo().uids();
  }

  @Override
  public Gids gids() {
    return kinfo().gids();
  }

  @Override
  public int numThreads() {
    return kinfo().threads();
  }

  @Override
  public ProcessCpuTimes cpuTimes() {
    return kinfo().cpuTimes();
  }

  @Override
  public int cpuNum() {
    return kinfo().cpuNum();
  }

  @Override
  public MemoryInfo memoryInfo() {
    return kinfo().memoryInfo(pageSize);
  }

  /** psutil: on BSD memory_info_ex() has the same fields as memory_info(). */
  @Override
  public MemoryInfoEx memoryInfoEx() {
    return new MemoryInfoEx.Same(memoryInfo());
  }

  @Override
  public PageFaults pageFaults() {
    return kinfo().pageFaults();
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    return kinfo().ctxSwitches();
  }

  @Override
  public IoCounters ioCounters() {
    return kinfo().ioCounters();
  }
}
