package io.github.jpsutil;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.MemoryMap;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ProcessCgroup;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.api.WindowsIoPriority;
import io.github.jpsutil.api.WindowsPriorityClass;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.spi.ProcessOps;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One process (psutil's {@code Process}). A handle is bound to the process it was made for:
 * identity is the pid plus the kernel's monotonic start time, and every setter, signal, {@code
 * ppid}, {@code parent} and {@code children} re-checks it, so a handle whose pid was reused raises
 * {@link NoSuchProcess} ("PID has been reused") and never touches the new process. Getters, too,
 * never report a newcomer's data as this process's: where the backend can tell (Linux), a getter of
 * a handle whose pid was reused raises the same NoSuchProcess. psutil's plain getters read whatever
 * process has the pid now (psutil/__init__.py: only {@code is_running} and the setters check the
 * identity); values the handle holds (pid, create time, the exe cached after its first success, a
 * {@code processIter} prefetch) are still answered. Thread-safe.
 */
public final class OsProcess {
  private final Psutil psutil;
  private final ProcessOps ops;
  private final int pid;
  private final ProcessIdentity id;
  private final Instant createTime;
  private final ProcessCpuPercent cpuPercent = new ProcessCpuPercent();
  private final Process child;
  private volatile String cachedExe;
  private volatile boolean createTimeAsked;
  private volatile Integer returnCode;
  private volatile Prefetch prefetched = Prefetch.NONE;

  OsProcess(Psutil psutil, ProcessOps ops, Process child) {
    this.psutil = psutil;
    this.ops = ops;
    this.pid = ops.pid();
    this.id = new ProcessIdentity(psutil, pid, ops.identityTime());
    this.createTime = ops instanceof ExitedChild ? null : toInstant(ops.createTime());
    this.child = child;
  }

  private static Instant toInstant(double epochSeconds) {
    long secs = (long) Math.floor(epochSeconds);
    return Instant.ofEpochSecond(secs, Math.round((epochSeconds - secs) * 1e9));
  }

  /** The process id. */
  public int pid() {
    return pid;
  }

  // ---- identity and tree

  /** The parent's pid, after checking this handle still names its process. */
  public int ppid() {
    id.checkAsOf(ops);
    return prefetchedOr(ProcessAttr.PPID, ops::ppid);
  }

  /**
   * The parent process; empty for the first process, or when the parent pid now belongs to a
   * process younger than this one (the real parent is gone and its pid was reused).
   */
  public Optional<OsProcess> parent() {
    if (pid == psutil.processTable().lowestPid()) {
      return Optional.empty();
    }
    int ppid = ppid();
    try {
      OsProcess parent = psutil.process(ppid);
      return parent.createTimeUnchecked().isAfter(createTime)
          ? Optional.empty()
          : Optional.of(parent);
    } catch (NoSuchProcess e) {
      return Optional.empty();
    }
  }

  /** Every ancestor, nearest first, up to the first process. */
  public List<OsProcess> parents() {
    List<OsProcess> out = new java.util.ArrayList<>();
    Optional<OsProcess> p = parent();
    while (p.isPresent()) {
      out.add(p.get());
      p = p.get().parent();
    }
    return List.copyOf(out);
  }

  /** Direct children (psutil {@code children()}). */
  public List<OsProcess> children() {
    return children(false);
  }

  /**
   * Children, or all descendants when {@code recursive}. Processes younger than their recorded
   * parent's pid reuse are excluded; the order is not specified.
   */
  public List<OsProcess> children(boolean recursive) {
    checkIdentity();
    return ProcessTree.children(psutil, this, recursive);
  }

  /** The start time read when the handle was made, without checking the process still exists. */
  Instant createTimeUnchecked() {
    if (createTime == null) {
      throw new NoSuchProcess(pid, id.knownName(), NoSuchProcess.GONE);
    }
    return createTime;
  }

  // ---- plain getters

  /**
   * The process name. When the kernel's name is truncated (15 characters on Linux), the basename of
   * the first command-line argument is used if it starts with it, as psutil does.
   */
  public String name() {
    String name =
        prefetchedOr(
            ProcessAttr.NAME,
            () -> ProcessNames.name(call(ops::name), this, psutil.nameFallsBackToCmdline()));
    id.knownName(name);
    return name;
  }

  /**
   * The executable's absolute path; "" when it cannot be determined. Cached after the first
   * success. When the OS denies it, an absolute, executable {@code cmdline()[0]} is returned
   * instead (psutil's fallback).
   */
  public String exe() {
    String exe = cachedExe;
    if (exe != null) {
      return exe;
    }
    exe = prefetchedOr(ProcessAttr.EXE, this::readExe);
    cachedExe = exe;
    return exe;
  }

  private String readExe() {
    try {
      return call(ops::exe);
    } catch (AccessDenied denied) {
      return ProcessNames.exeFallback(denied, this);
    }
  }

  /** The command line, one element per argument. */
  public List<String> cmdline() {
    return prefetchedOr(ProcessAttr.CMDLINE, ops::cmdline);
  }

  /** The environment variables. */
  public Map<String, String> environ() {
    return prefetchedOr(ProcessAttr.ENVIRON, ops::environ);
  }

  /**
   * When the process started; follows the wall clock, as psutil's {@code create_time()}. The value
   * is the one read when the handle was made; like psutil, which caches it after the first call,
   * that first call raises NoSuchProcess if the process is already gone (psutil
   * test_halfway_terminated_process).
   */
  public Instant createTime() {
    Instant t = createTimeUnchecked();
    if (!createTimeAsked) {
      call(ops::createTime);
      createTimeAsked = true;
    }
    return t;
  }

  /**
   * Not in psutil (gh-490): the cgroups this process is in, from {@code /proc/[pid]/cgroup}
   * (Linux); {@code psutil.containers().of(process)} reads their limits.
   */
  public ProcessCgroup cgroup() {
    psutil.require(Feature.PROC_CGROUP);
    ProcessCgroup cgroup = psutil.backend().containers().processCgroup(pid);
    id.check();
    return cgroup;
  }

  /** The scheduling state; a zombie is {@link ProcessStatus#ZOMBIE}, never an exception. */
  public ProcessStatus status() {
    return prefetchedOr(ProcessAttr.STATUS, ops::status);
  }

  /** The current directory; "" when it cannot be determined. */
  public String cwd() {
    return prefetchedOr(ProcessAttr.CWD, ops::cwd);
  }

  /** The name of the real user, or the uid as text when the user database has no entry. */
  public String username() {
    return prefetchedOr(
        ProcessAttr.USERNAME,
        () -> {
          int uid = uids().real();
          return psutil.backend().userDirectory().nameOf(uid).orElse(Integer.toString(uid));
        });
  }

  /** Real, effective and saved user ids. */
  public Uids uids() {
    return prefetchedOr(ProcessAttr.UIDS, ops::uids);
  }

  /** Real, effective and saved group ids. */
  public Gids gids() {
    return prefetchedOr(ProcessAttr.GIDS, ops::gids);
  }

  /** The controlling terminal as an absolute {@code /dev/…} path; empty when there is none. */
  public Optional<String> terminal() {
    // asDict and the prefetch hold psutil's value, the path or null (None).
    String path = prefetchedOr(ProcessAttr.TERMINAL, () -> ops.terminal().orElse(null));
    return Optional.ofNullable(path);
  }

  /**
   * The nice value, -20..19 on UNIX; on Windows the priority class as psutil's {@code Priority}
   * IntEnum holds it ({@code NORMAL_PRIORITY_CLASS} is 32, see {@link #priorityClass()}).
   */
  public int nice() {
    return prefetchedOr(ProcessAttr.NICE, ops::nice);
  }

  /**
   * Sets the nice value after checking identity; on Windows {@code value} is a priority class's
   * number, as psutil's {@code nice(value)} takes it there.
   *
   * @throws IllegalArgumentException when {@code value} is outside -20..20, or on Windows not a
   *     priority class
   */
  public void nice(int value) {
    if (psutil.os() == OperatingSystem.WINDOWS) {
      setPriorityClass(WindowsPriorityClass.fromValue(value));
      return;
    }
    if (value < -20 || value > 20) {
      throw new IllegalArgumentException("nice value must be within -20..20, got " + value);
    }
    require(Feature.PROC_NICE);
    checkIdentity();
    act(() -> ops.setNice(value));
  }

  /**
   * The Windows priority class: psutil's {@code nice()} on Windows, which returns a {@code
   * ProcessPriority} member ({@link #nice()} keeps the UNIX nice value).
   *
   * @throws UnsupportedOperationException on every OS but Windows
   */
  public WindowsPriorityClass priorityClass() {
    require(Feature.PROC_NICE);
    return call(ops::priorityClass);
  }

  /**
   * Sets the Windows priority class after checking identity: psutil's {@code nice(value)} on
   * Windows with a {@code ProcessPriority} member.
   *
   * @throws UnsupportedOperationException on every OS but Windows
   */
  public void setPriorityClass(WindowsPriorityClass priorityClass) {
    Objects.requireNonNull(priorityClass, "priorityClass");
    require(Feature.PROC_NICE);
    checkIdentity();
    act(() -> ops.setPriorityClass(priorityClass));
  }

  /** The I/O priority: Linux's class and level, or Windows' priority. */
  public IoNice ionice() {
    return prefetchedOr(ProcessAttr.IONICE, ops::ionice);
  }

  /**
   * Sets a Linux I/O class with level 0, as psutil's {@code ionice(ioclass)} without a value does
   * (for RT and BE that is their highest level; NONE and IDLE take no level).
   */
  public void ionice(IoPriorityClass ioclass) {
    Objects.requireNonNull(ioclass, "ioclass");
    setIonice(new IoNice.Linux(ioclass, IoNiceRules.defaultLevel(ioclass)));
  }

  /**
   * Sets a Linux I/O class and level.
   *
   * @throws IllegalArgumentException when the level is outside 0..7, or the class takes none
   */
  public void ionice(IoPriorityClass ioclass, int value) {
    setIonice(IoNiceRules.linux(ioclass, value));
  }

  /** Sets a Windows I/O priority. */
  public void ionice(WindowsIoPriority priority) {
    setIonice(new IoNice.Windows(Objects.requireNonNull(priority, "priority")));
  }

  private void setIonice(IoNice value) {
    require(Feature.PROC_IONICE);
    checkIdentity();
    act(() -> ops.setIonice(value));
  }

  /** The soft and hard limit of {@code resource}; -1 means unlimited. */
  public ResourceLimit rlimit(Rlimit resource) {
    Objects.requireNonNull(resource, "resource");
    require(Feature.PROC_RLIMIT);
    return call(() -> ops.rlimit(resource));
  }

  /** Sets the soft and hard limit of {@code resource}, after checking identity. */
  public void rlimit(Rlimit resource, ResourceLimit limits) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(limits, "limits");
    if (pid == 0) {
      throw new IllegalArgumentException("can't set rlimit of pid 0");
    }
    require(Feature.PROC_RLIMIT);
    checkIdentity();
    act(() -> ops.setRlimit(resource, limits));
  }

  /** Cumulative I/O of the process. */
  public IoCounters ioCounters() {
    return prefetchedOr(ProcessAttr.IO_COUNTERS, ops::ioCounters);
  }

  /** Voluntary and involuntary context switches. */
  public CtxSwitches numCtxSwitches() {
    return prefetchedOr(ProcessAttr.NUM_CTX_SWITCHES, ops::numCtxSwitches);
  }

  /** Open file descriptors (UNIX). */
  public int numFds() {
    return prefetchedOr(ProcessAttr.NUM_FDS, ops::numFds);
  }

  /** Open handles (Windows). */
  public int numHandles() {
    return prefetchedOr(ProcessAttr.NUM_HANDLES, ops::numHandles);
  }

  /** Threads of the process. */
  public int numThreads() {
    return prefetchedOr(ProcessAttr.NUM_THREADS, ops::numThreads);
  }

  /** Each thread with its CPU times. */
  public List<ProcessThread> threads() {
    return prefetchedOr(ProcessAttr.THREADS, ops::threads);
  }

  /** CPU seconds of the process and its waited-for children. */
  public ProcessCpuTimes cpuTimes() {
    return prefetchedOr(ProcessAttr.CPU_TIMES, ops::cpuTimes);
  }

  /**
   * CPU utilization since this thread's previous call on this handle, in percent of one CPU (may
   * exceed 100 for a multi-threaded process); 0.0 on the first call (psutil {@code
   * cpu_percent(None)}).
   */
  public double cpuPercent() {
    return prefetchedOr(ProcessAttr.CPU_PERCENT, () -> cpuPercent.sinceLast(busySeconds()));
  }

  /** CPU utilization over {@code interval}, blocking for it. */
  public double cpuPercent(Duration interval) throws InterruptedException {
    double before = busySeconds();
    long start = System.nanoTime();
    SystemCpu.sleep(interval);
    return ProcessCpuPercent.percent(busySeconds() - before, System.nanoTime() - start);
  }

  private double busySeconds() {
    ProcessCpuTimes t = call(ops::cpuTimes);
    return t.user() + t.system();
  }

  /** The CPU the process last ran on. */
  public int cpuNum() {
    return prefetchedOr(ProcessAttr.CPU_NUM, ops::cpuNum);
  }

  /** CPUs the process may run on, ascending. */
  public List<Integer> cpuAffinity() {
    return prefetchedOr(
        ProcessAttr.CPU_AFFINITY, () -> List.copyOf(new TreeSet<>(ops.cpuAffinity())));
  }

  /**
   * Restricts the process to {@code cpus}; an empty collection means every eligible CPU.
   *
   * @throws IllegalArgumentException naming the eligible CPUs when one is not eligible
   */
  public void cpuAffinity(Collection<Integer> cpus) {
    Objects.requireNonNull(cpus, "cpus");
    require(Feature.PROC_CPU_AFFINITY);
    checkIdentity();
    Set<Integer> eligible = call(ops::eligibleCpus);
    for (Integer cpu : cpus) {
      if (cpu == null || !eligible.contains(cpu)) {
        throw new IllegalArgumentException(
            "invalid CPU " + cpu + "; choose between " + new TreeSet<>(eligible));
      }
    }
    Set<Integer> wanted = cpus.isEmpty() ? eligible : Set.copyOf(cpus);
    act(() -> ops.setCpuAffinity(wanted));
  }

  /** Memory of the process in bytes. */
  public MemoryInfo memoryInfo() {
    return prefetchedOr(ProcessAttr.MEMORY_INFO, ops::memoryInfo);
  }

  /** {@link #memoryInfo()} plus the OS's extra figures. */
  public MemoryInfoEx memoryInfoEx() {
    return prefetchedOr(ProcessAttr.MEMORY_INFO_EX, ops::memoryInfoEx);
  }

  /** Memory that is the process's own (uss; Linux adds pss and swap). Slow: reads smaps. */
  public MemoryFootprint memoryFootprint() {
    return prefetchedOr(ProcessAttr.MEMORY_FOOTPRINT, ops::memoryFootprint);
  }

  /** Resident memory as a percentage of physical memory, not rounded. */
  public double memoryPercent() {
    return prefetchedOr(ProcessAttr.MEMORY_PERCENT, () -> memoryPercent("rss"));
  }

  /**
   * {@code memtype} as a percentage of physical memory; {@code memtype} is any field name of {@link
   * #memoryInfo()}, {@link #memoryInfoEx()} or {@link #memoryFootprint()}.
   *
   * @throws IllegalArgumentException listing the valid names
   */
  public double memoryPercent(String memtype) {
    Objects.requireNonNull(memtype, "memtype");
    long value = MemoryPercent.field(this, memtype);
    return value * 100.0 / psutil.totalMemory();
  }

  /** Mappings summed per path (psutil {@code memory_maps(grouped=True)}). */
  public List<MemoryMap> memoryMaps() {
    return prefetchedOr(ProcessAttr.MEMORY_MAPS, () -> MemoryPercent.group(ops.memoryMaps()));
  }

  /** Every mapping in address order (psutil {@code memory_maps(grouped=False)}). */
  public List<MemoryMapRegion> memoryMapRegions() {
    require(Feature.PROC_MEMORY_MAPS);
    return call(ops::memoryMaps);
  }

  /** Minor and major page faults. */
  public PageFaults pageFaults() {
    return prefetchedOr(ProcessAttr.PAGE_FAULTS, ops::pageFaults);
  }

  /** Regular files the process has open. */
  public List<OpenFile> openFiles() {
    return prefetchedOr(ProcessAttr.OPEN_FILES, ops::openFiles);
  }

  /** IPv4 and IPv6 sockets of the process (kind inet). */
  public List<Connection> netConnections() {
    return prefetchedOr(ProcessAttr.NET_CONNECTIONS, () -> ops.connections(ConnectionKind.INET));
  }

  /** Sockets of the process of the given kind. */
  public List<Connection> netConnections(ConnectionKind kind) {
    Objects.requireNonNull(kind, "kind");
    require(Feature.PROC_NET_CONNECTIONS);
    return call(() -> ops.connections(kind));
  }

  /**
   * {@link #netConnections(ConnectionKind)} with psutil's kind string: inet, inet4, inet6, tcp,
   * tcp4, tcp6, udp, udp4, udp6, unix or all.
   *
   * @throws IllegalArgumentException for any other string, listing the valid kinds (psutil raises
   *     ValueError)
   */
  public List<Connection> netConnections(String kind) {
    return netConnections(ConnectionKind.fromName(kind));
  }

  // ---- state and control

  /**
   * Whether this process still runs: false once it is gone or its pid was reused; a zombie counts
   * as running.
   */
  public boolean isRunning() {
    if (id.reused() || returnCode != null) {
      return false;
    }
    try {
      checkIdentity();
      return true;
    } catch (NoSuchProcess e) {
      return e instanceof ZombieProcess;
    }
  }

  /** Sends {@code signal}, only to this very process. */
  public void sendSignal(Signal signal) {
    Objects.requireNonNull(signal, "signal");
    require(Feature.PROC_SIGNALS);
    sendSignal(psutil.backend().processes().signalNumber(signal));
  }

  /**
   * Sends signal number {@code signum} (0 checks existence), only to this very process.
   *
   * @throws IllegalArgumentException for pid 0 or a number the OS does not have
   */
  public void sendSignal(int signum) {
    if (pid == 0) {
      throw new IllegalArgumentException(
          "preventing sending signal to process with PID 0 as it would affect every process in"
              + " the process group of the calling process");
    }
    int max = psutil.backend().processes().maxSignal();
    if (signum < 0 || signum > max) {
      throw new IllegalArgumentException(
          "signal number must be within 0.." + max + ", got " + signum);
    }
    require(Feature.PROC_SIGNALS);
    if (id.reused()) {
      throw id.reusedError();
    }
    act(() -> ops.sendSignal(signum, id.startTime()));
  }

  /** Stops the process (SIGSTOP on UNIX). */
  public void suspend() {
    sendSignal(Signal.SIGSTOP);
  }

  /** Continues a stopped process (SIGCONT on UNIX). */
  public void resume() {
    sendSignal(Signal.SIGCONT);
  }

  /** Asks the process to end (SIGTERM on UNIX). */
  public void terminate() {
    sendSignal(Signal.SIGTERM);
  }

  /** Kills the process (SIGKILL on UNIX). */
  public void kill() {
    sendSignal(Signal.SIGKILL);
  }

  /**
   * Waits for the process to end (psutil {@code wait()}): the exit code for a child this handle was
   * made from with {@code Psutil.popen}, empty for any other process.
   */
  public OptionalInt waitFor() throws InterruptedException {
    return ProcessWaiter.waitFor(this, null);
  }

  /**
   * As {@link #waitFor()}, for at most {@code timeout}; zero checks without blocking.
   *
   * @throws io.github.jpsutil.api.TimeoutExpired if the process still runs after {@code timeout}
   */
  public OptionalInt waitFor(Duration timeout) throws InterruptedException {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be positive or zero, got " + timeout);
    }
    return ProcessWaiter.waitFor(this, timeout);
  }

  /** The exit code {@code waitFor}/{@code waitProcs} saw; empty before or for non-children. */
  public OptionalInt returnCode() {
    Integer rc = returnCode;
    return rc == null ? OptionalInt.empty() : OptionalInt.of(rc);
  }

  void returnCode(int code) {
    returnCode = code;
  }

  /**
   * The {@link Process} this handle was made from with {@code Psutil.popen}, for its streams and
   * JDK methods (psutil's {@code Popen} forwards to the {@code subprocess.Popen} it wraps); empty
   * for a handle made any other way.
   */
  public Optional<Process> wrappedProcess() {
    return Optional.ofNullable(child);
  }

  Process child() {
    return child;
  }

  ProcessOps ops() {
    return ops;
  }

  String knownName() {
    return id.knownName();
  }

  // ---- bulk access

  /**
   * Starts a scope in which each raw source of this process is read at most once. Close it (use
   * try-with-resources): on Linux an open scope holds one descriptor of {@code /proc/<pid>}.
   */
  public Oneshot oneshot() {
    ops.beginOneshot();
    return new Oneshot(ops::endOneshot);
  }

  /** Every attribute the platform has, with {@code null} for those access is denied to. */
  public Map<ProcessAttr, Object> asDict() {
    return AsDict.collect(this, null, null);
  }

  /**
   * The given attributes, read inside one {@link #oneshot()}; an attribute that raises AccessDenied
   * or ZombieProcess gets {@code adValue}.
   */
  public Map<ProcessAttr, Object> asDict(Set<ProcessAttr> attrs, Object adValue) {
    Objects.requireNonNull(attrs, "attrs");
    return AsDict.collect(this, attrs, adValue);
  }

  /**
   * What {@code processIter(attrs, adValue)} prefetched for this handle, denied attributes holding
   * {@code adValue} (psutil's {@code info}); empty otherwise.
   */
  public Map<ProcessAttr, Object> info() {
    return prefetched.values();
  }

  void prefetched(Prefetch values) {
    prefetched = values;
  }

  // ---- plumbing

  /**
   * The prefetched value of {@code attr}, or the exception its prefetch raised (never {@code
   * adValue}, which need not be a {@code T}: see {@link Prefetch}); else {@code read}.
   */
  @SuppressWarnings("unchecked")
  private <T> T prefetchedOr(ProcessAttr attr, Supplier<T> read) {
    Prefetch p = prefetched;
    if (p.has(attr)) {
      RuntimeException denied = p.denied().get(attr);
      if (denied != null) {
        throw denied;
      }
      return (T) p.values().get(attr);
    }
    require(attr.feature());
    return call(read);
  }

  void require(Feature feature) {
    psutil.require(feature);
  }

  /** Runs a backend call, adding the known name to the exceptions it raises. */
  <T> T call(Supplier<T> read) {
    return id.call(read);
  }

  private void act(Runnable action) {
    id.act(action);
  }

  /**
   * False once the pid names another process (checked against the current oneshot read, so it costs
   * nothing inside a scope); NoSuchProcess if it is gone.
   */
  boolean stillThisProcess() {
    try {
      id.checkAsOf(ops);
      return true;
    } catch (NoSuchProcess e) {
      if (id.reused()) {
        return false;
      }
      throw e;
    }
  }

  /** Raises NoSuchProcess if the pid is gone or now names another process. */
  void checkIdentity() {
    id.check();
  }

  /** Same pid and, where both are known, the same start time (psutil's {@code __eq__}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof OsProcess other && id.sameAs(other.id);
  }

  /** The pid only, as psutil. */
  @Override
  public int hashCode() {
    return Integer.hashCode(pid);
  }

  /** {@code OsProcess(pid=…, name='…', status='…', started=…)} like psutil's repr. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("OsProcess(pid=").append(pid);
    if (id.knownName() != null) {
      sb.append(", name='").append(id.knownName()).append('\'');
    }
    if (id.reused()) {
      sb.append(", status='terminated + PID reused'");
    } else if (returnCode != null) {
      sb.append(", status='terminated', exitcode=").append(returnCode);
    }
    sb.append(", started='").append(createTime).append("')");
    return sb.toString();
  }
}
