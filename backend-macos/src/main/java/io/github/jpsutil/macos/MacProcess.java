package io.github.jpsutil.macos;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.macos.acquire.MacNative;
import io.github.jpsutil.macos.acquire.ProcPidInfo;
import io.github.jpsutil.macos.acquire.Sysctls;
import io.github.jpsutil.macos.parse.KinfoProc;
import io.github.jpsutil.macos.parse.MacSignals;
import io.github.jpsutil.macos.parse.ProcArgs2;
import io.github.jpsutil.macos.parse.ProcFdInfo;
import io.github.jpsutil.macos.parse.ProcRegionInfo;
import io.github.jpsutil.macos.parse.ProcTaskInfo;
import io.github.jpsutil.macos.parse.ProcThreadInfo;
import io.github.jpsutil.macos.parse.SocketFdInfo;
import io.github.jpsutil.macos.parse.TaskVmInfo;
import io.github.jpsutil.macos.parse.VnodePaths;
import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.spi.SnapshotProcess;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * One process: BSD fields from {@code kinfo_proc} (psutil's {@code _oneshot_kinfo}), task fields
 * from {@code proc_taskallinfo} (psutil's {@code _oneshot_pidtaskinfo}). Inside {@code oneshot()}
 * each is read once.
 */
final class MacProcess extends SnapshotProcess {
  private final MacProcesses table;
  private final MacNative os;
  private final double createTime;

  MacProcess(KinfoProc first, MacProcesses table) {
    super(first.pid(), identityOf(first));
    this.table = table;
    this.os = table.os();
    this.createTime = first.createTime();
  }

  /** {@code p_starttime}, microseconds: set once at fork. */
  private static OptionalLong identityOf(KinfoProc k) {
    return OptionalLong.of(k.startSeconds() * 1_000_000L + k.startMicros());
  }

  private KinfoProc kinfo() {
    return read("kinfo_proc", () -> table.kinfo(pid()).orElseThrow(() -> new NoSuchProcess(pid())));
  }

  /** The task part; a zombie has no task, so ESRCH there becomes ZombieProcess. */
  private ProcTaskInfo task() {
    return read(
        "proc_taskallinfo",
        () -> live(() -> ProcTaskInfo.ofTaskAllInfo(ProcPidInfo.taskAllInfo(os, pid()))));
  }

  /**
   * psutil's {@code wrap_exceptions} for calls a zombie cannot answer (it has no task): their
   * NoSuchProcess becomes ZombieProcess while {@code kinfo_proc} still shows the zombie.
   */
  private <T> T live(Supplier<T> call) {
    try {
      return call.get();
    } catch (NoSuchProcess e) {
      throw zombieOr(e);
    }
  }

  private RuntimeException zombieOr(RuntimeException e) {
    Optional<KinfoProc> k = table.kinfo(pid());
    if (k.isEmpty()) {
      return e instanceof NoSuchProcess ? e : new NoSuchProcess(pid());
    }
    if (k.get().status() == ProcessStatus.ZOMBIE) {
      return new ZombieProcess(pid(), k.get().comm(), k.get().ppid(), ZombieProcess.ZOMBIE);
    }
    return e;
  }

  /**
   * The argument area; as psutil's {@code psutil_sysctl_procargs}, any failure is first checked
   * against the process table (gone → NoSuchProcess, zombie → ZombieProcess). PID 0 has none.
   */
  private ProcArgs2 procArgs() {
    if (pid() == 0) {
      return new ProcArgs2(List.of(), Map.of());
    }
    try {
      return ProcArgs2.decode(Sysctls.procArgs2(os, pid()));
    } catch (NoSuchProcess | AccessDenied | UncheckedIOException e) {
      throw zombieOr(e);
    }
  }

  @Override
  protected OptionalLong readIdentityTime() {
    return identityOf(kinfo());
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

  @Override
  public String exe() {
    if (pid() == 0) {
      throw new AccessDenied(pid(), null, "proc_pidpath() fails for PID 0 (psutil)");
    }
    return live(() -> ProcPidInfo.path(os, pid()));
  }

  @Override
  public List<String> cmdline() {
    return procArgs().args();
  }

  @Override
  public Map<String, String> environ() {
    return procArgs().environ();
  }

  @Override
  public String cwd() {
    return live(() -> VnodePaths.cwd(ProcPidInfo.vnodePathInfo(os, pid())));
  }

  /** {@code e_tdev} looked up among the {@code /dev} terminals; empty for NODEV (-1). */
  @Override
  public Optional<String> terminal() {
    int tdev = kinfo().tdev();
    return tdev == -1 ? Optional.empty() : table.terminals().path(tdev);
  }

  /** {@code getpriority(2)}; PID 0 is not addressable that way, so its {@code p_nice}. */
  @Override
  public int nice() {
    return pid() == 0 ? kinfo().nice() : live(() -> os.getpriority(pid()));
  }

  /** psutil's UNIX range -20..20; lowering it needs root (AccessDenied). */
  @Override
  public void setNice(int value) {
    if (value < -20 || value > 20) {
      throw new IllegalArgumentException("nice value must be within -20..20, got " + value);
    }
    live(
        () -> {
          os.setpriority(pid(), value);
          return null;
        });
  }

  /** The {@code PROC_PIDLISTFDS} entries; a zombie has none to list (ZombieProcess). */
  @Override
  public int numFds() {
    return fds().size();
  }

  private List<ProcFdInfo> fds() {
    return live(() -> ProcFdInfo.decodeAll(ProcPidInfo.listFds(os, pid())));
  }

  /** psutil: regular files only ({@code PROX_FDTYPE_VNODE}). */
  @Override
  public List<OpenFile> openFiles() {
    return eachFd(
        ProcFdInfo.PROX_FDTYPE_VNODE,
        fd ->
            ProcPidInfo.fdVnodePath(os, pid(), fd)
                .map(b -> new OpenFile.Basic(VnodePaths.openFilePath(b), OptionalInt.of(fd))));
  }

  /** psutil {@code net_connections(kind)}: each socket descriptor's {@code socket_fdinfo}. */
  @Override
  public List<Connection> connections(ConnectionKind kind) {
    return connections(kind, OptionalInt.empty());
  }

  /**
   * The sockets, each naming {@code owner} as its pid (system-wide) or none (the process's own).
   */
  List<Connection> connections(ConnectionKind kind, OptionalInt owner) {
    return eachFd(
        ProcFdInfo.PROX_FDTYPE_SOCKET,
        fd ->
            ProcPidInfo.fdSocket(os, pid(), fd)
                .flatMap(b -> SocketFdInfo.decode(fd, b, kind, owner)));
  }

  /**
   * What {@code read} makes of each descriptor of {@code type} (nothing for one closed meanwhile);
   * none for PID 0, as psutil (gh-2116).
   */
  private <T> List<T> eachFd(long type, IntFunction<Optional<T>> read) {
    if (pid() == 0) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (ProcFdInfo fd : fds()) {
      if (fd.type() == type) {
        live(() -> read.apply(fd.fd())).ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }

  /**
   * {@code kill(2)} after the identity check; macOS has no pidfd, so a pid reused between the check
   * and the call would be signalled (psutil has the same window).
   */
  @Override
  public void sendSignal(int signum, OptionalLong identity) {
    if (signum < 0 || signum > MacSignals.MAX_SIGNAL) {
      throw new IllegalArgumentException(
          "signal number must be within 0.." + MacSignals.MAX_SIGNAL + ", got " + signum);
    }
    if (identity.isPresent() && identity.getAsLong() != currentIdentityTime().orElse(-1)) {
      throw new NoSuchProcess(pid(), null, NoSuchProcess.REUSED);
    }
    os.kill(pid(), signum);
  }

  @Override
  public ProcessCpuTimes cpuTimes() {
    return task().cpuTimes(table.ticksPerSecond());
  }

  @Override
  public MemoryInfo memoryInfo() {
    return task().memoryInfo();
  }

  @Override
  public int numThreads() {
    return task().threads();
  }

  /**
   * psutil {@code threads()}: each listed handle's {@code proc_threadinfo}; a thread that ended
   * after the listing is left out.
   */
  @Override
  public List<ProcessThread> threads() {
    return live(
        () -> {
          ByteBuffer list = ProcPidInfo.threadHandles(os, pid(), task().threads());
          List<ProcessThread> out = new ArrayList<>();
          for (long handle : ProcThreadInfo.handles(list)) {
            ProcPidInfo.threadInfo(os, pid(), handle)
                .map(b -> ProcThreadInfo.decode(handle, b))
                .ifPresent(out::add);
          }
          return List.copyOf(out);
        });
  }

  /**
   * psutil {@code memory_info_ex()}: needs the task port, which only root or the process's own user
   * is even asked for (psutil's pre-check, since {@code task_for_pid} may block otherwise); a
   * refused {@code task_for_pid} is NoSuchProcess, ZombieProcess or AccessDenied by the process
   * table, as psutil's {@code psutil_task_for_pid}.
   */
  @Override
  public MemoryInfoEx memoryInfoEx() {
    ProcTaskInfo t = task();
    int euid = os.geteuid();
    if (euid != 0 && kinfo().uids().effective() != euid) {
      throw new AccessDenied(pid(), null, "task_for_pid() access pre-check");
    }
    byte[] info = new byte[TaskVmInfo.LAYOUT.size()];
    int[] count = {TaskVmInfo.TASK_VM_INFO_COUNT};
    int kr = os.taskInfo(pid(), TaskVmInfo.TASK_VM_INFO, info, count);
    if (kr > 0) {
      throw zombieOr(new AccessDenied(pid(), null, "task_for_pid: kern_return_t " + kr));
    }
    if (kr < 0) {
      throw new UncheckedIOException(
          new java.io.IOException("task_info(TASK_VM_INFO) failed: kern_return_t " + -kr));
    }
    ByteBuffer rusage = live(() -> ProcPidInfo.rusage(os, pid(), TaskVmInfo.RUSAGE_INFO_V0_FLAVOR));
    return TaskVmInfo.memoryInfoEx(
        t.residentSize(),
        t.virtualSize(),
        Sysctls.wrap(info, Math.min(count[0] * 4L, info.length)),
        rusage);
  }

  /** psutil {@code memory_footprint()}: the USS from the VM region walk. */
  @Override
  public MemoryFootprint memoryFootprint() {
    int cpuType = Sysctls.int32(os, "sysctl.proc_cputype");
    List<ByteBuffer> regions = live(() -> ProcPidInfo.regions(os, pid()));
    return new MemoryFootprint.Basic(ProcRegionInfo.uss(regions, cpuType, table.pageSize()));
  }

  /**
   * Waits for the exit with kqueue's {@code EVFILT_PROC}/{@code NOTE_EXIT} (event-driven), in
   * slices of at most 100 ms so an interrupt is seen. Exited means: gone, a zombie, or the pid now
   * belongs to a process with another start time.
   */
  @Override
  public boolean awaitExit(long timeoutNanos) throws InterruptedException {
    long start = System.nanoTime();
    while (true) {
      if (exited()) {
        return true;
      }
      long left =
          timeoutNanos == Long.MAX_VALUE
              ? Long.MAX_VALUE
              : timeoutNanos - (System.nanoTime() - start);
      if (left <= 0) {
        return false;
      }
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      int r = os.awaitExit(pid(), Math.min(left, WAIT_SLICE_NANOS));
      if (r < 0 && r != -ESRCH) {
        throw NativeErrors.failure("kevent(EVFILT_PROC, NOTE_EXIT) on " + pid(), -r);
      }
    }
  }

  private static final long WAIT_SLICE_NANOS = 100_000_000L;
  private static final int ESRCH = 3;

  private boolean exited() {
    Optional<KinfoProc> k = table.kinfo(pid());
    return k.isEmpty()
        || k.get().status() == ProcessStatus.ZOMBIE
        || !identityOf(k.get()).equals(identityTime());
  }

  @Override
  public PageFaults pageFaults() {
    return task().pageFaults();
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    return task().ctxSwitches();
  }
}
