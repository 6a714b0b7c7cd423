package io.github.jpsutil.freebsd;

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
import io.github.jpsutil.freebsd.parse.KinfoProc;
import io.github.jpsutil.spi.ProcessOps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One process, answered from its {@code kinfo_proc} as psutil's {@code proc_oneshot_kinfo}. Inside
 * {@code oneshot()} the struct is read once.
 */
final class FreeBsdProcess implements ProcessOps {
  private final int pid;
  private final long pageSize;
  private final long identity;
  private final double createTime;
  private int oneshotDepth;
  private KinfoProc cached;

  /** Re-reads the pid's start time, for core's PID-reuse checks. */
  private final java.util.function.Supplier<OptionalLong> currentStart;

  FreeBsdProcess(
      KinfoProc first, long pageSize, java.util.function.Supplier<OptionalLong> currentStart) {
    this.currentStart = currentStart;
    this.pid = first.pid();
    this.pageSize = pageSize;
    // ki_start is set at fork and never moves with the clock afterwards.
    this.identity = first.startSeconds() * 1_000_000L + first.startMicros();
    this.createTime = first.createTime();
  }

  private synchronized KinfoProc kinfo() {
    if (cached != null) {
      return cached;
    }
    KinfoProc k = FreeBsdProcesses.kinfo(pid);
    if (oneshotDepth > 0) {
      cached = k;
    }
    return k;
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

  /** {@code ki_comm}: at most 19 characters. */
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

  /** {@code ki_nice}; not advertised as PROC_NICE until setting it is built too. */
  @Override
  public int nice() {
    return kinfo().nice();
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
  public Optional<String> terminal() {
    throw NotBuilt.of("terminal");
  }

  @Override
  public void setNice(int value) {
    throw NotBuilt.of("nice");
  }

  @Override
  public IoNice ionice() {
    throw new UnsupportedOperationException("ionice is not available on FreeBSD");
  }

  @Override
  public void setIonice(IoNice value) {
    throw new UnsupportedOperationException("ionice is not available on FreeBSD");
  }

  @Override
  public ResourceLimit rlimit(Rlimit resource) {
    throw NotBuilt.of("rlimit");
  }

  @Override
  public void setRlimit(Rlimit resource, ResourceLimit limits) {
    throw NotBuilt.of("rlimit");
  }

  @Override
  public int numFds() {
    throw NotBuilt.of("num_fds");
  }

  @Override
  public int numHandles() {
    throw new UnsupportedOperationException("num_handles is not available on FreeBSD");
  }

  @Override
  public List<ProcessThread> threads() {
    throw NotBuilt.of("threads");
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
    throw new UnsupportedOperationException("memory_footprint is not available on FreeBSD");
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
