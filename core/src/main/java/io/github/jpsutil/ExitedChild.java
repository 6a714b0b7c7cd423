package io.github.jpsutil;

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
import io.github.jpsutil.spi.ProcessOps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The backend view of a child that had already exited and been reaped when {@code Psutil.popen}
 * wrapped it: every query raises NoSuchProcess, and waiting returns at once.
 */
final class ExitedChild implements ProcessOps {
  private final int pid;

  ExitedChild(int pid) {
    this.pid = pid;
  }

  private NoSuchProcess gone() {
    return new NoSuchProcess(pid);
  }

  @Override
  public int pid() {
    return pid;
  }

  @Override
  public OptionalLong identityTime() {
    return OptionalLong.empty();
  }

  @Override
  public OptionalLong currentIdentityTime() {
    throw gone();
  }

  @Override
  public String username() {
    throw gone();
  }

  @Override
  public double createTime() {
    throw gone();
  }

  @Override
  public String name() {
    throw gone();
  }

  @Override
  public String exe() {
    throw gone();
  }

  @Override
  public List<String> cmdline() {
    throw gone();
  }

  @Override
  public Map<String, String> environ() {
    throw gone();
  }

  @Override
  public int ppid() {
    throw gone();
  }

  @Override
  public ProcessStatus status() {
    throw gone();
  }

  @Override
  public String cwd() {
    throw gone();
  }

  @Override
  public Uids uids() {
    throw gone();
  }

  @Override
  public Gids gids() {
    throw gone();
  }

  @Override
  public Optional<String> terminal() {
    throw gone();
  }

  @Override
  public int nice() {
    throw gone();
  }

  @Override
  public void setNice(int value) {
    throw gone();
  }

  @Override
  public IoNice ionice() {
    throw gone();
  }

  @Override
  public void setIonice(IoNice value) {
    throw gone();
  }

  @Override
  public ResourceLimit rlimit(Rlimit resource) {
    throw gone();
  }

  @Override
  public void setRlimit(Rlimit resource, ResourceLimit limits) {
    throw gone();
  }

  @Override
  public IoCounters ioCounters() {
    throw gone();
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    throw gone();
  }

  @Override
  public int numFds() {
    throw gone();
  }

  @Override
  public int numHandles() {
    throw gone();
  }

  @Override
  public int numThreads() {
    throw gone();
  }

  @Override
  public List<ProcessThread> threads() {
    throw gone();
  }

  @Override
  public ProcessCpuTimes cpuTimes() {
    throw gone();
  }

  @Override
  public int cpuNum() {
    throw gone();
  }

  @Override
  public Set<Integer> cpuAffinity() {
    throw gone();
  }

  @Override
  public void setCpuAffinity(Set<Integer> cpus) {
    throw gone();
  }

  @Override
  public Set<Integer> eligibleCpus() {
    throw gone();
  }

  @Override
  public MemoryInfo memoryInfo() {
    throw gone();
  }

  @Override
  public MemoryInfoEx memoryInfoEx() {
    throw gone();
  }

  @Override
  public MemoryFootprint memoryFootprint() {
    throw gone();
  }

  @Override
  public List<MemoryMapRegion> memoryMaps() {
    throw gone();
  }

  @Override
  public PageFaults pageFaults() {
    throw gone();
  }

  @Override
  public List<OpenFile> openFiles() {
    throw gone();
  }

  @Override
  public List<Connection> connections(ConnectionKind kind) {
    throw gone();
  }

  @Override
  public void sendSignal(int signum, OptionalLong identity) {
    throw gone();
  }

  @Override
  public boolean awaitExit(long timeoutNanos) {
    return true;
  }

  @Override
  public void beginOneshot() {
    // nothing is cached
  }

  @Override
  public void endOneshot() {
    // nothing is cached
  }
}
