package io.github.jpsutil.sunos;

import io.github.jpsutil.api.AccessDenied;
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
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.sunos.acquire.SunOsFiles;
import io.github.jpsutil.sunos.parse.LpsInfo;
import io.github.jpsutil.sunos.parse.PStatus;
import io.github.jpsutil.sunos.parse.PrCred;
import io.github.jpsutil.sunos.parse.PrUsage;
import io.github.jpsutil.sunos.parse.PsInfo;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One process, from its {@code /proc/<pid>} files as psutil's {@code _pssunos}: {@code psinfo} for
 * most fields, {@code status} for CPU times, {@code usage} for faults and context switches, {@code
 * cred} for ids, {@code lpsinfo} for the CPU, {@code as} for the arguments. Inside {@code
 * oneshot()} psinfo and cred are read once.
 */
final class SunOsProcess implements ProcessOps {
  private final SunOsFiles files;
  private final int pid;
  private final long identity;
  private final double createTime;
  private int oneshotDepth;
  private PsInfo cachedInfo;
  private PrCred cachedCred;

  /** Re-reads the pid's start time, for core's PID-reuse checks. */
  private final java.util.function.Supplier<OptionalLong> currentStart;

  SunOsProcess(
      SunOsFiles files, PsInfo first, java.util.function.Supplier<OptionalLong> currentStart) {
    this.currentStart = currentStart;
    this.files = files;
    this.pid = first.pid();
    // pr_start is fixed at fork; seconds and nanoseconds make one exact number.
    this.identity = first.startSeconds() * 1_000_000_000L + first.startNanos();
    this.createTime = first.createTime();
  }

  private synchronized PsInfo psinfo() {
    if (cachedInfo != null) {
      return cachedInfo;
    }
    PsInfo info = PsInfo.decode(files.read(pid, "psinfo"));
    if (oneshotDepth > 0) {
      cachedInfo = info;
    }
    return info;
  }

  /**
   * Reads a file other than psinfo; a process whose file vanished but that is still a zombie raises
   * ZombieProcess, as psutil's {@code wrap_exceptions}.
   */
  private <T> T zombieAware(Supplier<T> read) {
    try {
      return read.get();
    } catch (NoSuchProcess e) {
      if (!(e instanceof ZombieProcess) && files.exists(pid)) {
        PsInfo info;
        try {
          info = PsInfo.decode(files.read(pid, "psinfo"));
        } catch (NoSuchProcess gone) {
          throw e;
        }
        if (info.status() == ProcessStatus.ZOMBIE) {
          throw new ZombieProcess(pid, info.fname(), info.ppid(), ZombieProcess.ZOMBIE);
        }
      }
      throw e;
    }
  }

  private ByteBuffer file(String name) {
    return zombieAware(() -> files.read(pid, name));
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

  /** {@code pr_fname}: at most 15 characters. */
  @Override
  public String name() {
    return psinfo().fname();
  }

  /**
   * The arguments from the address space; when it cannot be read (another user's process, a system
   * process, a zombie), {@code pr_psargs} split on spaces, as psutil.
   */
  @Override
  public List<String> cmdline() {
    PsInfo info = psinfo();
    try {
      return AddressSpaceArgs.read(files, info).orElseGet(info::psargsSplit);
    } catch (AccessDenied | NoSuchProcess | UncheckedIOException | IllegalArgumentException e) {
      return info.psargsSplit();
    }
  }

  @Override
  public int ppid() {
    return psinfo().ppid();
  }

  @Override
  public ProcessStatus status() {
    return psinfo().status();
  }

  private synchronized PrCred cred() {
    if (cachedCred != null) {
      return cachedCred;
    }
    PrCred c;
    try {
      c = PrCred.decode(file("cred"));
    } catch (AccessDenied e) {
      c = PrCred.fromPsInfo(psinfo());
    }
    if (oneshotDepth > 0) {
      cachedCred = c;
    }
    return c;
  }

  /** From {@code cred}; when that is denied, real and effective from psinfo, saved unknown. */
  @Override
  public Uids uids() {
    return cred().uids();
  }

  @Override
  public Gids gids() {
    return cred().gids();
  }

  /** {@code pr_lwp.pr_nice − 20}; not advertised as PROC_NICE until setting it is built too. */
  @Override
  public int nice() {
    return psinfo().nice();
  }

  @Override
  public int numThreads() {
    return psinfo().nlwp();
  }

  @Override
  public ProcessCpuTimes cpuTimes() {
    return PStatus.cpuTimes(file("status"));
  }

  @Override
  public int cpuNum() {
    return LpsInfo.firstOnpro(file("lpsinfo"));
  }

  @Override
  public MemoryInfo memoryInfo() {
    return psinfo().memoryInfo();
  }

  /** psutil: on SunOS memory_info_ex() has the same fields as memory_info(). */
  @Override
  public MemoryInfoEx memoryInfoEx() {
    return new MemoryInfoEx.Same(memoryInfo());
  }

  @Override
  public PageFaults pageFaults() {
    return PrUsage.decode(file("usage")).pageFaults();
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    return PrUsage.decode(file("usage")).ctxSwitches();
  }

  @Override
  public synchronized void beginOneshot() {
    oneshotDepth++;
  }

  @Override
  public synchronized void endOneshot() {
    if (oneshotDepth > 0 && --oneshotDepth == 0) {
      cachedInfo = null;
      cachedCred = null;
    }
  }

  // ---- not built yet, or not on SunOS

  @Override
  public String exe() {
    throw NotBuilt.of("exe");
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
    throw new UnsupportedOperationException("ionice is not available on SunOS");
  }

  @Override
  public void setIonice(IoNice value) {
    throw new UnsupportedOperationException("ionice is not available on SunOS");
  }

  @Override
  public ResourceLimit rlimit(Rlimit resource) {
    throw new UnsupportedOperationException("rlimit is not available on SunOS");
  }

  @Override
  public void setRlimit(Rlimit resource, ResourceLimit limits) {
    throw new UnsupportedOperationException("rlimit is not available on SunOS");
  }

  @Override
  public IoCounters ioCounters() {
    throw new UnsupportedOperationException("io_counters is not available on SunOS");
  }

  @Override
  public int numFds() {
    throw NotBuilt.of("num_fds");
  }

  @Override
  public int numHandles() {
    throw new UnsupportedOperationException("num_handles is not available on SunOS");
  }

  @Override
  public List<ProcessThread> threads() {
    throw NotBuilt.of("threads");
  }

  @Override
  public Set<Integer> cpuAffinity() {
    throw new UnsupportedOperationException("cpu_affinity is not available on SunOS");
  }

  @Override
  public void setCpuAffinity(Set<Integer> cpus) {
    throw new UnsupportedOperationException("cpu_affinity is not available on SunOS");
  }

  @Override
  public Set<Integer> eligibleCpus() {
    throw new UnsupportedOperationException("cpu_affinity is not available on SunOS");
  }

  @Override
  public MemoryFootprint memoryFootprint() {
    throw new UnsupportedOperationException("memory_footprint is not available on SunOS");
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
