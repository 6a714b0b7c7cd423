package io.github.jpsutil;

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
import io.github.jpsutil.api.WindowsPriorityClass;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.spi.ProcessExit;
import io.github.jpsutil.spi.ProcessOps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A scriptable process for core's tests: its fields are what "the kernel" answers; {@code
 * deniedExe}, {@code zombie} and {@code gone} make the matching calls fail as a backend would.
 */
final class FakeProcess implements ProcessOps {
  final int pid;
  long startTicks;
  double createTime;
  String name = "fake";
  List<String> cmdline = List.of("/bin/fake");
  int ppid = 1;
  int uid = 1000;
  double user;
  double system;
  boolean deniedExe;
  boolean zombie;
  boolean gone;
  int oneshotDepth;
  int statReads;
  final List<Integer> signals = new ArrayList<>();
  Map<Integer, FakeProcess> table = Map.of();

  FakeProcess(int pid, long startTicks) {
    this.pid = pid;
    this.startTicks = startTicks;
    this.createTime = 1_700_000_000 + startTicks / 100.0;
  }

  private void alive() {
    if (gone) {
      throw new NoSuchProcess(pid);
    }
  }

  private void notZombie() {
    alive();
    if (zombie) {
      throw new ZombieProcess(pid, null, ppid, null);
    }
  }

  @Override
  public int pid() {
    return pid;
  }

  @Override
  public OptionalLong identityTime() {
    alive();
    return OptionalLong.of(startTicks);
  }

  /** Whatever process has this pid in the table now, as the real backend reads it afresh. */
  @Override
  public OptionalLong currentIdentityTime() {
    FakeProcess current = table.get(pid);
    if (current == null || current.gone) {
      throw new NoSuchProcess(pid, null, "process PID not found");
    }
    return OptionalLong.of(current.startTicks);
  }

  @Override
  public double createTime() {
    alive();
    return createTime;
  }

  @Override
  public String name() {
    alive();
    statReads++;
    return name;
  }

  @Override
  public String exe() {
    notZombie();
    if (deniedExe) {
      throw new AccessDenied(pid, null, "readlink exe: EACCES");
    }
    return "/usr/bin/" + name;
  }

  @Override
  public List<String> cmdline() {
    notZombie();
    return cmdline;
  }

  @Override
  public Map<String, String> environ() {
    notZombie();
    return Map.of("HOME", "/root");
  }

  @Override
  public int ppid() {
    alive();
    return ppid;
  }

  @Override
  public ProcessStatus status() {
    alive();
    return zombie ? ProcessStatus.ZOMBIE : ProcessStatus.SLEEPING;
  }

  @Override
  public String cwd() {
    notZombie();
    return "/";
  }

  @Override
  public Uids uids() {
    alive();
    return new Uids(uid, uid, OptionalInt.of(uid));
  }

  @Override
  public Gids gids() {
    alive();
    return new Gids(uid, uid, OptionalInt.of(uid));
  }

  @Override
  public Optional<String> terminal() {
    alive();
    return Optional.empty();
  }

  @Override
  public int nice() {
    alive();
    return 0;
  }

  @Override
  public void setNice(int value) {
    alive();
  }

  @Override
  public IoNice ionice() {
    throw new UnsupportedOperationException("ionice");
  }

  /** Null: the fake is a non-Windows backend and keeps ProcessOps' defaults. */
  WindowsPriorityClass priorityClass;

  @Override
  public WindowsPriorityClass priorityClass() {
    alive();
    return priorityClass == null ? ProcessOps.super.priorityClass() : priorityClass;
  }

  @Override
  public void setPriorityClass(WindowsPriorityClass value) {
    alive();
    if (priorityClass == null) {
      ProcessOps.super.setPriorityClass(value);
    }
    priorityClass = value;
  }

  /** The last value {@code setIonice} received, so tests can check what core sends. */
  IoNice ioniceSet;

  @Override
  public void setIonice(IoNice value) {
    alive();
    ioniceSet = value;
  }

  @Override
  public ResourceLimit rlimit(Rlimit resource) {
    alive();
    return new ResourceLimit(1024, 4096);
  }

  @Override
  public void setRlimit(Rlimit resource, ResourceLimit limits) {
    alive();
  }

  @Override
  public IoCounters ioCounters() {
    alive();
    return new IoCounters.Linux(1, 2, 3, 4, 5, 6);
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    alive();
    return new CtxSwitches(1, 2);
  }

  @Override
  public int numFds() {
    alive();
    return 3;
  }

  @Override
  public int numHandles() {
    throw new UnsupportedOperationException("num_handles is not available on LINUX");
  }

  @Override
  public int numThreads() {
    alive();
    return 1;
  }

  @Override
  public List<ProcessThread> threads() {
    alive();
    return List.of(new ProcessThread(pid, user, system));
  }

  @Override
  public ProcessCpuTimes cpuTimes() {
    alive();
    return new ProcessCpuTimes.Linux(user, system, 0, 0, 0);
  }

  @Override
  public int cpuNum() {
    alive();
    return 0;
  }

  @Override
  public Set<Integer> cpuAffinity() {
    alive();
    return Set.of(0, 1);
  }

  @Override
  public void setCpuAffinity(Set<Integer> cpus) {
    alive();
  }

  @Override
  public Set<Integer> eligibleCpus() {
    return Set.of(0, 1);
  }

  @Override
  public MemoryInfo memoryInfo() {
    alive();
    return new MemoryInfo.Linux(4096, 8192, 0, 0, 0);
  }

  @Override
  public MemoryInfoEx memoryInfoEx() {
    alive();
    return new MemoryInfoEx.Linux(4096, 8192, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  @Override
  public MemoryFootprint memoryFootprint() {
    alive();
    return new MemoryFootprint.Linux(2048, 3000, 0);
  }

  @Override
  public List<MemoryMapRegion> memoryMaps() {
    notZombie();
    return List.of();
  }

  @Override
  public PageFaults pageFaults() {
    alive();
    return new PageFaults(10, 1);
  }

  @Override
  public List<OpenFile> openFiles() {
    alive();
    return List.of();
  }

  /** The kind the last {@code connections} call asked for. */
  ConnectionKind connectionsKind;

  @Override
  public List<Connection> connections(ConnectionKind kind) {
    alive();
    connectionsKind = kind;
    return List.of();
  }

  @Override
  public void sendSignal(int signum, OptionalLong identity) {
    // Like the real backend: the check is against whatever process has this pid *now*.
    FakeProcess current = table.get(pid);
    if (current == null || current.gone) {
      throw new NoSuchProcess(pid);
    }
    if (identity.isPresent() && identity.getAsLong() != current.startTicks) {
      throw new NoSuchProcess(pid, null, NoSuchProcess.REUSED);
    }
    current.signals.add(signum);
  }

  @Override
  public boolean awaitExit(long timeoutNanos) {
    return gone || zombie;
  }

  /** The code a backend that tells non-parents (Windows) reports once the process is gone. */
  Integer exitCode;

  @Override
  public ProcessExit awaitExitStatus(long timeoutNanos) {
    return gone && exitCode != null
        ? ProcessExit.withCode(exitCode)
        : awaitExit(timeoutNanos) ? ProcessExit.withoutCode() : ProcessExit.timedOut();
  }

  @Override
  public void beginOneshot() {
    oneshotDepth++;
  }

  @Override
  public void endOneshot() {
    oneshotDepth--;
  }
}
