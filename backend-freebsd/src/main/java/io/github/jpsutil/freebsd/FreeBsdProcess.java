package io.github.jpsutil.freebsd;

import static io.github.jpsutil.freebsd.acquire.Sysctls.Proc.KERN_PROC_ARGS;
import static io.github.jpsutil.freebsd.acquire.Sysctls.Proc.KERN_PROC_ENV;
import static io.github.jpsutil.freebsd.acquire.Sysctls.Proc.KERN_PROC_FILEDESC;
import static io.github.jpsutil.freebsd.acquire.Sysctls.Proc.KERN_PROC_PID_INC_THREAD;
import static io.github.jpsutil.freebsd.acquire.Sysctls.Proc.KERN_PROC_VMMAP;

import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.IoCounters;
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
import io.github.jpsutil.freebsd.parse.CpuSetMask;
import io.github.jpsutil.freebsd.parse.KinfoFile;
import io.github.jpsutil.freebsd.parse.KinfoProc;
import io.github.jpsutil.freebsd.parse.KinfoVmentry;
import io.github.jpsutil.freebsd.parse.ProcArgs;
import io.github.jpsutil.freebsd.parse.ProcSockets;
import io.github.jpsutil.freebsd.parse.Rlimits;
import io.github.jpsutil.freebsd.parse.TcpPcbList;
import io.github.jpsutil.spi.CStrings;
import io.github.jpsutil.spi.SnapshotProcess;
import io.github.jpsutil.unix.ExitPolling;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * One process, answered from its {@code kinfo_proc} as psutil's {@code proc_oneshot_kinfo}; inside
 * {@code oneshot()} the struct is read once.
 *
 * <p>No PID-reuse identity: {@code ki_start} is the wall-clock time of the fork (a {@code timeval}
 * of {@code getmicrotime()}, FreeBSD {@code kern_fork.c}), so setting the clock would make a live
 * process look replaced. psutil 8.0 turned the check off for such start times (gh-2888).
 */
final class FreeBsdProcess extends SnapshotProcess {
  /** {@code SZOMB}, {@code ki_stat} of a zombie. */
  private static final int ZOMBIE = 5;

  /** {@code PATH_MAX} of FreeBSD's {@code sys/syslimits.h}. */
  private static final int PATH_MAX = 1024;

  private final FreeBsdProcesses table;
  private final double createTime;

  FreeBsdProcess(FreeBsdProcesses table, KinfoProc first) {
    super(first.pid(), OptionalLong.empty());
    this.table = table;
    this.createTime = first.createTime();
  }

  private KinfoProc kinfo() {
    return read("kinfo_proc", () -> table.kinfo(pid()));
  }

  /**
   * The read {@code name}, where a NoSuchProcess from a pid that is still there as a zombie becomes
   * ZombieProcess, as psutil's BSD {@code wrap_exceptions} does.
   */
  private <T> T live(String name, Supplier<T> reader) {
    try {
      return read(name, reader);
    } catch (NoSuchProcess e) {
      KinfoProc now;
      try {
        now = table.kinfo(pid());
      } catch (NoSuchProcess gone) {
        throw e;
      }
      if (now.stat() == ZOMBIE) {
        throw new ZombieProcess(pid(), now.comm(), now.ppid(), null);
      }
      throw e;
    }
  }

  private List<KinfoFile> files() {
    return live(
        "kinfo_file",
        () -> KinfoFile.decodeAll(table.sysctls().procTable(KERN_PROC_FILEDESC, pid())));
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
    return kinfo().memoryInfo(table.pageSize());
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

  /** {@code KERN_PROC_PATHNAME}; "" where the kernel has no name for the vnode (psutil gh-907). */
  @Override
  public String exe() {
    return live(
        "exe",
        () -> {
          ByteBuffer b = table.sysctls().pathname(pid(), PATH_MAX);
          String path = CStrings.decode(b, 0, b.limit());
          if (path.isEmpty()) {
            table.kinfo(pid()); // psutil: "" only while the pid exists
          }
          return path;
        });
  }

  @Override
  public List<String> cmdline() {
    return live(
        "cmdline",
        () -> ProcArgs.strings(table.sysctls().proc(KERN_PROC_ARGS, pid(), table.argMax())));
  }

  /** Kernel processes ({@code P_SYSTEM}) have no environment: empty, as psutil. */
  @Override
  public Map<String, String> environ() {
    if ((kinfo().flags() & KinfoProc.P_SYSTEM) != 0) {
      return Map.of();
    }
    return live(
        "environ",
        () -> ProcArgs.environ(table.sysctls().proc(KERN_PROC_ENV, pid(), table.argMax())));
  }

  @Override
  public String cwd() {
    return KinfoFile.cwd(files());
  }

  /** As psutil: every entry of the file table, the cwd, root and text vnodes included. */
  @Override
  public int numFds() {
    return files().size();
  }

  /**
   * psutil's FreeBSD {@code Process.net_connections}: the sockets of the file table, TCP states
   * from {@code net.inet.tcp.pcblist} (read only when a TCP socket is listed).
   */
  @Override
  public List<Connection> connections(ConnectionKind kind) {
    return ProcSockets.connections(
        files(),
        kind,
        () -> TcpPcbList.decode(table.sysctls().tableByName("net.inet.tcp.pcblist")));
  }

  @Override
  public List<OpenFile> openFiles() {
    return KinfoFile.openFiles(files());
  }

  @Override
  public List<ProcessThread> threads() {
    return live(
        "threads",
        () ->
            KinfoProc.decodeAll(table.sysctls().procTable(KERN_PROC_PID_INC_THREAD, pid())).stream()
                .map(KinfoProc::thread)
                .toList());
  }

  /** psutil's ungrouped {@code memory_maps}; core groups them by path. */
  @Override
  public List<MemoryMapRegion> memoryMaps() {
    return live(
        "memory_maps",
        () ->
            KinfoVmentry.regions(
                table.sysctls().procTable(KERN_PROC_VMMAP, pid()), table.pageSize()));
  }

  /** {@code KERN_PROC_RLIMIT}; FreeBSD's {@code RLIM_INFINITY} (2^63 - 1) is reported as -1. */
  @Override
  public ResourceLimit rlimit(Rlimit resource) {
    int n = Rlimits.number(resource);
    return live(
        "rlimit " + n,
        () -> Rlimits.decode(table.sysctls().rlimit(pid(), n, Rlimits.LAYOUT.size())));
  }

  /** As psutil's FreeBSD {@code proc_setrlimit}: the same sysctl, given the new struct. */
  @Override
  public void setRlimit(Rlimit resource, ResourceLimit limits) {
    table.sysctls().setRlimit(pid(), Rlimits.number(resource), Rlimits.encode(limits));
  }

  /**
   * psutil's {@code terminal}: the {@code /dev/tty*} or {@code /dev/pts/*} whose {@code st_rdev} is
   * {@code ki_tdev}; empty without a controlling terminal ({@code NODEV}) or a matching device.
   */
  @Override
  public Optional<String> terminal() {
    long dev = kinfo().ttyDevice();
    return dev == -1 ? Optional.empty() : table.terminals().path(dev);
  }

  @Override
  public Set<Integer> cpuAffinity() {
    return live(
        "cpu_affinity", () -> CpuSetMask.cpus(table.sysctls().affinity(pid(), table.cpuSetSize())));
  }

  /**
   * As psutil's FreeBSD {@code cpu_affinity_set}: every CPU must be one of {@link #eligibleCpus}
   * (checked first, because the kernel's EINVAL/EDEADLK says less).
   */
  @Override
  public void setCpuAffinity(Set<Integer> cpus) {
    Set<Integer> all = eligibleCpus();
    for (int cpu : cpus) {
      if (!all.contains(cpu)) {
        throw new IllegalArgumentException("invalid CPU " + cpu + " (choose between " + all + ")");
      }
    }
    table.sysctls().setAffinity(pid(), CpuSetMask.mask(cpus, table.cpuSetSize()));
  }

  /** psutil: {@code range(len(per_cpu_times()))}, here {@code 0 .. hw.ncpu - 1}. */
  @Override
  public Set<Integer> eligibleCpus() {
    return Collections.unmodifiableSortedSet(
        new TreeSet<>(IntStream.range(0, table.cpuCount()).boxed().toList()));
  }

  @Override
  public int nice() {
    return kinfo().nice();
  }

  /** {@code setpriority(2)}; FreeBSD clamps 20 to {@code PRIO_MAX} 20 and keeps it. */
  @Override
  public void setNice(int value) {
    if (value < -20 || value > 20) {
      throw new IllegalArgumentException("nice value must be within -20..20, got " + value);
    }
    table.sysctls().kernel().setpriority(pid(), value);
  }

  /**
   * {@code kill(2)}. No identity check: the identity is empty (see the class comment), so a pid
   * reused between the caller's check and this call would be signalled, as in psutil on FreeBSD.
   */
  @Override
  public void sendSignal(int signum, OptionalLong identity) {
    table.sysctls().kernel().kill(pid(), signum);
  }

  /**
   * Polls {@code kinfo_proc} as psutil's {@code wait_pid} until the pid is gone or a zombie.
   * FreeBSD's event-driven way (a kqueue {@code EVFILT_PROC} {@code NOTE_EXIT}) is not used yet.
   */
  @Override
  public boolean awaitExit(long timeoutNanos) throws InterruptedException {
    return ExitPolling.await(timeoutNanos, this::hasExited);
  }

  private boolean hasExited() {
    try {
      return table.kinfo(pid()).stat() == ZOMBIE;
    } catch (NoSuchProcess gone) {
      return true;
    }
  }
}
