package io.github.jpsutil.macos;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.macos.acquire.ProcPidInfo;
import io.github.jpsutil.macos.parse.KinfoProc;
import io.github.jpsutil.macos.parse.ProcTaskAllInfo;
import io.github.jpsutil.macos.parse.ProcTaskInfo;
import io.github.jpsutil.spi.SnapshotProcess;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One process: BSD fields from {@code kinfo_proc} (psutil's {@code _oneshot_kinfo}), task fields
 * from {@code proc_taskallinfo} (psutil's {@code _oneshot_pidtaskinfo}). Inside {@code oneshot()}
 * each is read once.
 */
final class MacProcess extends SnapshotProcess {
  private final long ticksPerSecond;
  private final double createTime;

  MacProcess(KinfoProc first, long ticksPerSecond) {
    super(first.pid(), identityOf(first));
    this.ticksPerSecond = ticksPerSecond;
    this.createTime = first.createTime();
  }

  /** {@code p_starttime}, microseconds: set once at fork. */
  private static OptionalLong identityOf(KinfoProc k) {
    return OptionalLong.of(k.startSeconds() * 1_000_000L + k.startMicros());
  }

  private KinfoProc kinfo() {
    return read(
        "kinfo_proc", () -> MacProcesses.kinfo(pid()).orElseThrow(() -> new NoSuchProcess(pid())));
  }

  /** The task part; a zombie has no task, so ESRCH there becomes ZombieProcess. */
  private ProcTaskInfo task() {
    return read("proc_taskallinfo", this::readTask);
  }

  private ProcTaskInfo readTask() {
    int pid = pid();
    try {
      return ProcTaskAllInfo.decode(ProcPidInfo.taskAllInfo(pid, ProcTaskAllInfo.SIZE));
    } catch (NoSuchProcess e) {
      Optional<KinfoProc> k = MacProcesses.kinfo(pid);
      if (k.isPresent() && k.get().status() == ProcessStatus.ZOMBIE) {
        throw new ZombieProcess(pid, k.get().comm(), k.get().ppid(), ZombieProcess.ZOMBIE);
      }
      throw e;
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
}
