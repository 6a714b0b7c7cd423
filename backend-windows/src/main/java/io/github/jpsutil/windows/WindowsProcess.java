package io.github.jpsutil.windows;

import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.windows.parse.FileTime;
import io.github.jpsutil.windows.parse.ProcessEntry;
import io.github.jpsutil.windows.parse.ThreadEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One process, answered from its SYSTEM_PROCESS_INFORMATION entry (psutil's {@code proc_oneshot}
 * data). Outside {@code oneshot()} every query reads the table anew; inside, one read serves all.
 */
final class WindowsProcess implements ProcessOps {
  /** pid 0 and 4 have fixed names in psutil, Task Manager and Process Hacker. */
  private static final int IDLE_PID = 0;

  private static final int SYSTEM_PID = 4;

  private final int pid;
  private final long identity;
  private final double createTime;
  private int oneshotDepth;
  private ProcessEntry cached;

  /** Re-reads the pid's start time, for core's PID-reuse checks. */
  private final java.util.function.Supplier<OptionalLong> currentStart;

  WindowsProcess(ProcessEntry first, java.util.function.Supplier<OptionalLong> currentStart) {
    this.currentStart = currentStart;
    this.pid = first.pid();
    this.identity = first.createTime();
    // The idle process has no CreateTime (0, i.e. 1601); psutil reports 0.0 there, this the boot
    // time, when the idle process came to be (deviation).
    this.createTime =
        first.createTime() == 0
            ? epochSeconds(WindowsHost.bootTimeNow())
            : FileTime.epochSeconds(first.createTime(), "CreateTime of pid " + pid);
  }

  private static double epochSeconds(java.time.Instant t) {
    return t.getEpochSecond() + t.getNano() / 1e9;
  }

  private synchronized ProcessEntry entry() {
    if (cached != null) {
      return cached;
    }
    ProcessEntry e = WindowsProcesses.entry(pid);
    if (oneshotDepth > 0) {
      cached = e;
    }
    return e;
  }

  @Override
  public int pid() {
    return pid;
  }

  /** {@code CreateTime} in 100-ns units: fixed for the life of the process, unlike wall time. */
  @Override
  public OptionalLong identityTime() {
    return OptionalLong.of(identity);
  }

  @Override
  public OptionalLong currentIdentityTime() {
    return currentStart.get();
  }

  @Override
  public double createTime() {
    return createTime;
  }

  /** The image file name; pid 0 and 4 get psutil's fixed names. */
  @Override
  public String name() {
    if (pid == IDLE_PID) {
      return "System Idle Process";
    }
    if (pid == SYSTEM_PID) {
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

  @Override
  public synchronized void beginOneshot() {
    oneshotDepth++;
  }

  @Override
  public synchronized void endOneshot() {
    if (oneshotDepth > 0 && --oneshotDepth == 0) {
      cached = null;
    }
  }

  // ---- not built yet

  @Override
  public String exe() {
    throw NotBuilt.of("exe");
  }

  @Override
  public List<String> cmdline() {
    throw NotBuilt.of("cmdline");
  }

  @Override
  public Map<String, String> environ() {
    throw NotBuilt.of("environ");
  }

  @Override
  public String cwd() {
    throw NotBuilt.of("cwd");
  }

  @Override
  public Uids uids() {
    throw new UnsupportedOperationException("uids is not available on Windows");
  }

  @Override
  public Gids gids() {
    throw new UnsupportedOperationException("gids is not available on Windows");
  }

  @Override
  public Optional<String> terminal() {
    throw new UnsupportedOperationException("terminal is not available on Windows");
  }

  @Override
  public int nice() {
    throw NotBuilt.of("nice");
  }

  @Override
  public void setNice(int value) {
    throw NotBuilt.of("nice");
  }

  @Override
  public IoNice ionice() {
    throw NotBuilt.of("ionice");
  }

  @Override
  public void setIonice(IoNice value) {
    throw NotBuilt.of("ionice");
  }

  @Override
  public ResourceLimit rlimit(Rlimit resource) {
    throw new UnsupportedOperationException("rlimit is not available on Windows");
  }

  @Override
  public void setRlimit(Rlimit resource, ResourceLimit limits) {
    throw new UnsupportedOperationException("rlimit is not available on Windows");
  }

  @Override
  public int numFds() {
    throw new UnsupportedOperationException("num_fds is not available on Windows");
  }

  @Override
  public int cpuNum() {
    throw new UnsupportedOperationException("cpu_num is not available on Windows");
  }

  @Override
  public Set<Integer> cpuAffinity() {
    throw NotBuilt.of("cpu_affinity");
  }

  @Override
  public void setCpuAffinity(Set<Integer> cpus) {
    throw NotBuilt.of("cpu_affinity");
  }

  @Override
  public Set<Integer> eligibleCpus() {
    throw NotBuilt.of("cpu_affinity");
  }

  @Override
  public MemoryFootprint memoryFootprint() {
    throw NotBuilt.of("memory_footprint");
  }

  @Override
  public List<MemoryMapRegion> memoryMaps() {
    throw NotBuilt.of("memory_maps");
  }

  @Override
  public List<OpenFile> openFiles() {
    throw NotBuilt.of("open_files");
  }

  @Override
  public List<Connection> connections(ConnectionKind kind) {
    throw NotBuilt.of("net_connections");
  }

  @Override
  public void sendSignal(int signum, OptionalLong identity) {
    throw NotBuilt.of("send_signal");
  }

  @Override
  public boolean awaitExit(long timeoutNanos) {
    throw NotBuilt.of("wait");
  }
}
