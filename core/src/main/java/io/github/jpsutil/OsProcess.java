package io.github.jpsutil;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.IoCounters;
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
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.spi.ProcessOps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
public final class OsProcess extends ProcessControl {
  private final Instant createTime;
  private final ProcessCpuPercent cpuPercent = new ProcessCpuPercent();
  private volatile String cachedExe;
  private volatile boolean createTimeAsked;

  OsProcess(Psutil psutil, ProcessOps ops, Process child) {
    super(psutil, ops, child);
    this.createTime = ops instanceof ExitedChild ? null : toInstant(ops.createTime());
  }

  private static Instant toInstant(double epochSeconds) {
    long secs = (long) Math.floor(epochSeconds);
    return Instant.ofEpochSecond(secs, Math.round((epochSeconds - secs) * 1e9));
  }

  /** {@return the process id} */
  public int pid() {
    return pid;
  }

  // ---- identity and tree

  /** {@return the parent's pid, after checking this handle still names its process} */
  public int ppid() {
    id.checkAsOf(ops);
    return prefetchedOr(ProcessAttr.PPID);
  }

  /**
   * The parent process; empty for the first process, or when the parent pid now belongs to a
   * process younger than this one (the real parent is gone and its pid was reused).
   *
   * @return a handle on the parent, or empty
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

  /** {@return every ancestor, nearest first, up to the first process} */
  public List<OsProcess> parents() {
    List<OsProcess> out = new java.util.ArrayList<>();
    Optional<OsProcess> p = parent();
    while (p.isPresent()) {
      out.add(p.get());
      p = p.get().parent();
    }
    return List.copyOf(out);
  }

  /** {@return direct children (psutil {@code children()})} */
  public List<OsProcess> children() {
    return children(false);
  }

  /**
   * Children, or all descendants when {@code recursive}. Processes younger than their recorded
   * parent's pid reuse are excluded; the order is not specified.
   *
   * @param recursive true for all descendants, false for direct children
   * @return handles on the children
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
   *
   * @return the name, e.g. {@code java}
   */
  public String name() {
    String name =
        isPrefetched(ProcessAttr.NAME)
            ? prefetchedValue(ProcessAttr.NAME)
            : ProcessNames.name(read(ProcessAttr.NAME), this, psutil.nameFallsBackToCmdline());
    id.knownName(name);
    return name;
  }

  /**
   * The executable's absolute path; "" when it cannot be determined. Cached after the first
   * success. When the OS denies it, an absolute, executable {@code cmdline()[0]} is returned
   * instead (psutil's fallback).
   *
   * @return the absolute path, or ""
   */
  public String exe() {
    String exe = cachedExe;
    if (exe != null) {
      return exe;
    }
    exe = isPrefetched(ProcessAttr.EXE) ? prefetchedValue(ProcessAttr.EXE) : readExe();
    cachedExe = exe;
    return exe;
  }

  private String readExe() {
    try {
      return read(ProcessAttr.EXE);
    } catch (AccessDenied denied) {
      return ProcessNames.exeFallback(denied, this);
    }
  }

  /** {@return the command line, one element per argument} */
  public List<String> cmdline() {
    return prefetchedOr(ProcessAttr.CMDLINE);
  }

  /** {@return the environment variables} */
  public Map<String, String> environ() {
    return prefetchedOr(ProcessAttr.ENVIRON);
  }

  /**
   * When the process started; follows the wall clock, as psutil's {@code create_time()}. The value
   * is the one read when the handle was made; like psutil, which caches it after the first call,
   * that first call raises NoSuchProcess if the process is already gone (psutil
   * test_halfway_terminated_process).
   *
   * @return the start time, to the OS's clock-tick resolution (10 ms on Linux)
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
   *
   * @return the cgroup path of each v1 controller and the unified v2 path
   */
  public ProcessCgroup cgroup() {
    psutil.require(Feature.PROC_CGROUP);
    ProcessCgroup cgroup = psutil.backend().containers().processCgroup(pid);
    id.check();
    return cgroup;
  }

  /**
   * {@return the scheduling state; a zombie is {@link ProcessStatus#ZOMBIE}, never an exception}
   */
  public ProcessStatus status() {
    return prefetchedOr(ProcessAttr.STATUS);
  }

  /** {@return the current directory; "" when it cannot be determined} */
  public String cwd() {
    return prefetchedOr(ProcessAttr.CWD);
  }

  /**
   * {@return the name of the real user, or the uid as text when the user database has no entry; on
   * Windows {@code DOMAIN\\user} of the process token, as psutil}
   */
  public String username() {
    if (isPrefetched(ProcessAttr.USERNAME)) {
      return prefetchedValue(ProcessAttr.USERNAME);
    }
    if (psutil.os() == OperatingSystem.WINDOWS) {
      return call(ops::username);
    }
    int uid = uids().real();
    return psutil.backend().userDirectory().nameOf(uid).orElse(Integer.toString(uid));
  }

  /** {@return real, effective and saved user ids} */
  public Uids uids() {
    return prefetchedOr(ProcessAttr.UIDS);
  }

  /** {@return real, effective and saved group ids} */
  public Gids gids() {
    return prefetchedOr(ProcessAttr.GIDS);
  }

  /**
   * {@return the controlling terminal as an absolute {@code /dev/…} path; empty when there is none}
   */
  public Optional<String> terminal() {
    // asDict and the prefetch hold psutil's value, the path or null (None).
    String path = prefetchedOr(ProcessAttr.TERMINAL);
    return Optional.ofNullable(path);
  }

  /** {@return cumulative I/O of the process} */
  public IoCounters ioCounters() {
    return prefetchedOr(ProcessAttr.IO_COUNTERS);
  }

  /** {@return voluntary and involuntary context switches} */
  public CtxSwitches numCtxSwitches() {
    return prefetchedOr(ProcessAttr.NUM_CTX_SWITCHES);
  }

  /** {@return open file descriptors (UNIX)} */
  public int numFds() {
    return prefetchedOr(ProcessAttr.NUM_FDS);
  }

  /** {@return open handles (Windows)} */
  public int numHandles() {
    return prefetchedOr(ProcessAttr.NUM_HANDLES);
  }

  /** {@return threads of the process} */
  public int numThreads() {
    return prefetchedOr(ProcessAttr.NUM_THREADS);
  }

  /** {@return each thread with its CPU times} */
  public List<ProcessThread> threads() {
    return prefetchedOr(ProcessAttr.THREADS);
  }

  /** {@return CPU seconds of the process and its waited-for children} */
  public ProcessCpuTimes cpuTimes() {
    return prefetchedOr(ProcessAttr.CPU_TIMES);
  }

  /**
   * CPU utilization since this thread's previous call on this handle, in percent of one CPU (may
   * exceed 100 for a multi-threaded process); 0.0 on the first call (psutil {@code
   * cpu_percent(None)}).
   *
   * @return percent of one CPU; 0.0 on the first call
   */
  public double cpuPercent() {
    return prefetchedOr(ProcessAttr.CPU_PERCENT, () -> cpuPercent.sinceLast(busySeconds()));
  }

  /**
   * CPU utilization over {@code interval}, blocking for it (psutil {@code cpu_percent(interval)}).
   *
   * @param interval how long to measure; must be positive
   * @return percent of one CPU (may exceed 100 for a multi-threaded process)
   * @throws InterruptedException if the thread is interrupted while it waits
   */
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

  /** {@return the CPU the process last ran on} */
  public int cpuNum() {
    return prefetchedOr(ProcessAttr.CPU_NUM);
  }

  /** {@return memory of the process in bytes} */
  public MemoryInfo memoryInfo() {
    return prefetchedOr(ProcessAttr.MEMORY_INFO);
  }

  /** {@return {@link #memoryInfo()} plus the OS's extra figures} */
  public MemoryInfoEx memoryInfoEx() {
    return prefetchedOr(ProcessAttr.MEMORY_INFO_EX);
  }

  /**
   * {@return memory that is the process's own (uss; Linux adds pss and swap). Slow: reads smaps}
   */
  public MemoryFootprint memoryFootprint() {
    return prefetchedOr(ProcessAttr.MEMORY_FOOTPRINT);
  }

  /** {@return resident memory as a percentage of physical memory, not rounded} */
  public double memoryPercent() {
    return prefetchedOr(ProcessAttr.MEMORY_PERCENT, () -> memoryPercent("rss"));
  }

  /**
   * {@code memtype} as a percentage of physical memory; {@code memtype} is any field name of {@link
   * #memoryInfo()}, {@link #memoryInfoEx()} or {@link #memoryFootprint()}.
   *
   * @param memtype a field name, e.g. {@code "rss"} or {@code "uss"}
   * @return the percentage, not rounded
   * @throws IllegalArgumentException listing the valid names
   */
  public double memoryPercent(String memtype) {
    Objects.requireNonNull(memtype, "memtype");
    long value = MemoryPercent.field(this, memtype);
    return value * 100.0 / psutil.totalMemory();
  }

  /** {@return mappings summed per path (psutil {@code memory_maps(grouped=True)})} */
  public List<MemoryMap> memoryMaps() {
    return prefetchedOr(ProcessAttr.MEMORY_MAPS, () -> MemoryPercent.group(ops.memoryMaps()));
  }

  /** {@return every mapping in address order (psutil {@code memory_maps(grouped=False)})} */
  public List<MemoryMapRegion> memoryMapRegions() {
    require(Feature.PROC_MEMORY_MAPS);
    return call(ops::memoryMaps);
  }

  /** {@return minor and major page faults} */
  public PageFaults pageFaults() {
    return prefetchedOr(ProcessAttr.PAGE_FAULTS);
  }

  /** {@return regular files the process has open} */
  public List<OpenFile> openFiles() {
    return prefetchedOr(ProcessAttr.OPEN_FILES);
  }

  /** {@return the IPv4 and IPv6 sockets of the process (kind inet)} */
  public List<Connection> netConnections() {
    return prefetchedOr(ProcessAttr.NET_CONNECTIONS, () -> ops.connections(ConnectionKind.INET));
  }

  /**
   * Sockets of the process of the given kind (psutil {@code Process.net_connections(kind)}).
   *
   * @param kind which address families and socket types
   * @return one entry per socket
   */
  public List<Connection> netConnections(ConnectionKind kind) {
    Objects.requireNonNull(kind, "kind");
    require(Feature.PROC_NET_CONNECTIONS);
    return call(() -> ops.connections(kind));
  }

  /**
   * {@link #netConnections(ConnectionKind)} with psutil's kind string: inet, inet4, inet6, tcp,
   * tcp4, tcp6, udp, udp4, udp6, unix or all.
   *
   * @param kind psutil's kind string
   * @return one entry per socket
   * @throws IllegalArgumentException for any other string, listing the valid kinds (psutil raises
   *     ValueError)
   */
  public List<Connection> netConnections(String kind) {
    return netConnections(ConnectionKind.fromName(kind));
  }

  // ---- bulk access

  /**
   * Starts a scope in which each raw source of this process is read at most once. Close it (use
   * try-with-resources): on Linux an open scope holds one descriptor of {@code /proc/<pid>}.
   *
   * @return the open scope; closing it ends the scope
   */
  public Oneshot oneshot() {
    ops.beginOneshot();
    return new Oneshot(ops, false);
  }

  /**
   * A {@link #oneshot()} scope whose values this thread hands to no one before it closes (a scan's
   * prefetch, {@code asDict}): the backend may check for PID reuse once, when it closes, and then
   * closing throws NoSuchProcess, so the values read in it must be kept only once it closed.
   */
  Oneshot batch() {
    ops.beginBatch();
    return new Oneshot(ops, true);
  }

  /** {@return every attribute the platform has, with {@code null} for those access is denied to} */
  public Map<ProcessAttr, Object> asDict() {
    return AsDict.collect(this, null, null);
  }

  /**
   * The given attributes, read inside one {@link #oneshot()}; an attribute that raises AccessDenied
   * or ZombieProcess gets {@code adValue}.
   *
   * @param attrs the attributes; empty for all the platform has
   * @param adValue the value for a denied attribute
   * @return the values by attribute, in psutil's alphabetical order
   */
  public Map<ProcessAttr, Object> asDict(Set<ProcessAttr> attrs, Object adValue) {
    Objects.requireNonNull(attrs, "attrs");
    return AsDict.collect(this, attrs, adValue);
  }

  /**
   * What {@code processIter(attrs, adValue)} prefetched for this handle, denied attributes holding
   * {@code adValue} (psutil's {@code info}); empty otherwise.
   *
   * @return the prefetched values by attribute, or an empty map
   */
  public Map<ProcessAttr, Object> info() {
    return prefetched.values();
  }

  void prefetched(Prefetch values) {
    prefetched = values;
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
