package io.github.jpsutil.macos;

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
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.macos.acquire.ProcPidInfo;
import io.github.jpsutil.macos.parse.KinfoProc;
import io.github.jpsutil.macos.parse.ProcTaskAllInfo;
import io.github.jpsutil.macos.parse.ProcTaskInfo;
import io.github.jpsutil.spi.ProcessOps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One process: BSD fields from {@code kinfo_proc} (psutil's {@code _oneshot_kinfo}), task fields
 * from {@code proc_taskallinfo} (psutil's {@code _oneshot_pidtaskinfo}). Inside {@code oneshot()}
 * each is read once.
 */
final class MacProcess implements ProcessOps {
  private final int pid;
  private final long ticksPerSecond;
  private final long identity;
  private final double createTime;
  private int oneshotDepth;
  private KinfoProc cachedKinfo;
  private ProcTaskAllInfo cachedTask;

  /** Re-reads the pid's start time, for core's PID-reuse checks. */
  private final java.util.function.Supplier<OptionalLong> currentStart;

  MacProcess(
      KinfoProc first,
      long ticksPerSecond,
      java.util.function.Supplier<OptionalLong> currentStart) {
    this.currentStart = currentStart;
    this.pid = first.pid();
    this.ticksPerSecond = ticksPerSecond;
    // p_starttime is set once at fork and never moves with the clock afterwards.
    this.identity = first.startSeconds() * 1_000_000L + first.startMicros();
    this.createTime = first.createTime();
  }

  private synchronized KinfoProc kinfo() {
    if (cachedKinfo != null) {
      return cachedKinfo;
    }
    KinfoProc k = MacProcesses.kinfo(pid).orElseThrow(() -> new NoSuchProcess(pid));
    if (oneshotDepth > 0) {
      cachedKinfo = k;
    }
    return k;
  }

  /** The task part; a zombie has no task, so ESRCH there becomes ZombieProcess. */
  private synchronized ProcTaskInfo task() {
    if (cachedTask != null) {
      return cachedTask.task();
    }
    ProcTaskAllInfo all;
    try {
      all = ProcTaskAllInfo.decode(ProcPidInfo.taskAllInfo(pid, ProcTaskAllInfo.SIZE));
    } catch (NoSuchProcess e) {
      Optional<KinfoProc> k = MacProcesses.kinfo(pid);
      if (k.isPresent() && k.get().status() == ProcessStatus.ZOMBIE) {
        throw new ZombieProcess(pid, k.get().comm(), k.get().ppid(), ZombieProcess.ZOMBIE);
      }
      throw e;
    }
    if (oneshotDepth > 0) {
      cachedTask = all;
    }
    return all.task();
  }

  @Override
  public int pid() {
    return pid;
  }

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

  /** {@code p_comm}: at most 16 characters, as psutil's {@code _psosx}. */
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

  /** {@code p_nice}; not advertised as PROC_NICE until setting it is built too. */
  @Override
  public int nice() {
    return kinfo().nice();
  }

  @Override
  public ProcessCpuTimes cpuTimes() {
    return task().cpuTimes(ticksPerSecond);
  }

  @Override
  public MemoryInfo memoryInfo() {
    return task().memoryInfo();
  }

  @Override
  public int numThreads() {
    return task().threads();
  }

  @Override
  public PageFaults pageFaults() {
    return task().pageFaults();
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    return task().ctxSwitches();
  }

  @Override
  public synchronized void beginOneshot() {
    oneshotDepth++;
  }

  @Override
  public synchronized void endOneshot() {
    if (oneshotDepth > 0 && --oneshotDepth == 0) {
      cachedKinfo = null;
      cachedTask = null;
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
  public Optional<String> terminal() {
    throw NotBuilt.of("terminal");
  }

  @Override
  public void setNice(int value) {
    throw NotBuilt.of("nice");
  }

  @Override
  public IoNice ionice() {
    throw new UnsupportedOperationException("ionice is not available on macOS");
  }

  @Override
  public void setIonice(IoNice value) {
    throw new UnsupportedOperationException("ionice is not available on macOS");
  }

  @Override
  public ResourceLimit rlimit(Rlimit resource) {
    throw new UnsupportedOperationException("rlimit is not available on macOS");
  }

  @Override
  public void setRlimit(Rlimit resource, ResourceLimit limits) {
    throw new UnsupportedOperationException("rlimit is not available on macOS");
  }

  @Override
  public IoCounters ioCounters() {
    throw new UnsupportedOperationException("io_counters is not available on macOS");
  }

  @Override
  public int numFds() {
    throw NotBuilt.of("num_fds");
  }

  @Override
  public int numHandles() {
    throw new UnsupportedOperationException("num_handles is not available on macOS");
  }

  @Override
  public List<ProcessThread> threads() {
    throw NotBuilt.of("threads");
  }

  @Override
  public int cpuNum() {
    throw new UnsupportedOperationException("cpu_num is not available on macOS");
  }

  @Override
  public Set<Integer> cpuAffinity() {
    throw new UnsupportedOperationException("cpu_affinity is not available on macOS");
  }

  @Override
  public void setCpuAffinity(Set<Integer> cpus) {
    throw new UnsupportedOperationException("cpu_affinity is not available on macOS");
  }

  @Override
  public Set<Integer> eligibleCpus() {
    throw new UnsupportedOperationException("cpu_affinity is not available on macOS");
  }

  @Override
  public MemoryInfoEx memoryInfoEx() {
    throw NotBuilt.of("memory_info_ex");
  }

  @Override
  public MemoryFootprint memoryFootprint() {
    throw NotBuilt.of("memory_footprint");
  }

  @Override
  public List<MemoryMapRegion> memoryMaps() {
    throw new UnsupportedOperationException("memory_maps is not available on macOS");
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
