package io.github.jpsutil.linux;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.MalformedDataException;
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
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.linux.OneshotCache.Source;
import io.github.jpsutil.linux.acquire.PidFiles;
import io.github.jpsutil.linux.acquire.ScanParsers;
import io.github.jpsutil.linux.acquire.WholeFileReader.BytesParser;
import io.github.jpsutil.linux.parse.PidEnviron;
import io.github.jpsutil.linux.parse.PidIo;
import io.github.jpsutil.linux.parse.PidSmaps;
import io.github.jpsutil.linux.parse.PidStat;
import io.github.jpsutil.linux.parse.PidStatus;
import io.github.jpsutil.spi.ProcessOps;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One Linux process, read from {@code /proc/<pid>} (proc(5); psutil/_pslinux.py). Values are the
 * kernel's, converted to psutil's units (ticks / CLK_TCK → seconds, pages × page size and kB × 1024
 * → bytes); errors come from {@link PidFiles}' ladder, so no getter catches anything. Signals,
 * priorities, limits, affinity and waiting are {@link LinuxProcessControl}'s; connections are
 * {@link LinuxNet}'s. Thread-safe.
 *
 * <p>Text from the kernel (name, cmdline, environ, exe, cwd, open-file and map paths) is decoded
 * with {@link io.github.jpsutil.linux.parse.SurrogateEscape}: UTF-8, and each byte that is not part
 * of valid UTF-8 becomes U+DC80..U+DCFF, so {@code SurrogateEscape.encode} gives back the exact
 * bytes (Python's {@code surrogateescape}, the strings psutil returns).
 *
 * <p>Every getter answers only for the process this handle was opened on: a value read from {@code
 * /proc/<pid>} counts only once the pid is confirmed, after the read, to still carry the start time
 * seen at open ({@link PidFiles#confirm}); {@code stat} carries its own start time. A handle whose
 * pid was reused therefore raises NoSuchProcess ({@code NoSuchProcess.REUSED}), never the
 * newcomer's data, nor the newcomer's ZombieProcess or AccessDenied. psutil's plain getters read
 * whatever process has the pid now (psutil/__init__.py); the {@code reliability} module asks that a
 * value of a process whose pid was reused is never reported as the old process's. The cost is one
 * read of {@code stat} after each other raw read outside oneshot; inside, stat is checked once,
 * statm is read through the scope's open {@code /proc/<pid>/statm} (the witness, {@link
 * OneshotCache}) and each other file is followed by a read of that witness; in a batch (a scan's
 * prefetch, {@code asDict}) the witness is read once, when the batch ends.
 *
 * <p>Deviations from psutil, each for a value psutil gets wrong or silently zeroes: {@code
 * environ()} of a kernel thread is empty where Linux 6.x fails the read with ESRCH (psutil then
 * raises NoSuchProcess for a live task); {@code memoryInfoEx()} throws
 * UnsupportedOperationException on kernels that lack a status line (psutil reports 0); thread and
 * open-file lists are sorted by id; an open file's type comes from the open file itself, not from
 * its path.
 */
final class LinuxProcessOps implements ProcessOps {
  private final ProcessContext ctx;
  private final PidFiles files;
  private final int pid;
  private final OptionalLong identity;

  private final Object oneshotLock = new Object();
  private int oneshotDepth;
  private volatile OneshotCache cache;

  LinuxProcessOps(ProcessContext ctx, PidFiles files, OptionalLong identity) {
    this.ctx = ctx;
    this.files = files;
    this.pid = files.pid();
    this.identity = identity;
  }

  /**
   * Parses a cached source inside oneshot; reads it afresh, without copying, outside. Either way
   * the bytes were confirmed to be this process's when they were read.
   */
  private <T> T source(Source source, BytesParser<T> parser) {
    OneshotCache c = cache;
    if (c == null) {
      return files.readConfirmed(source.file, parser);
    }
    return c.parse(source, parser);
  }

  /** stat, from the oneshot scope's read when one is open, checked through its start time. */
  private PidStat stat() {
    PidStat st = unconfirmedStat();
    files.requireSameProcess(st.starttime());
    return st;
  }

  private PidStat unconfirmedStat() {
    OneshotCache c = cache;
    if (c == null) {
      return files.read(Source.STAT.file, ScanParsers.STAT);
    }
    return c.stat();
  }

  /**
   * Runs a read of anything but stat, then confirms that the pid still names this process (class
   * comment). A failure is confirmed too: a ZombieProcess or AccessDenied after a reuse would be
   * the newcomer's, and a file that vanished under a scan (e.g. {@code fd/} of a process reaped
   * while its pid was taken again) is no fault of a live process but this one being gone.
   */
  private <T> T confirmed(Supplier<T> read) {
    T value;
    try {
      value = read.get();
    } catch (ZombieProcess | AccessDenied | UncheckedIOException | MalformedDataException e) {
      files.confirm();
      throw e;
    }
    files.confirm();
    return value;
  }

  private double seconds(long ticks) {
    return ticks / (double) ctx.clockTicks;
  }

  @Override
  public int pid() {
    return pid;
  }

  @Override
  public OptionalLong identityTime() {
    return identity;
  }

  /**
   * Field 22 of stat, from the oneshot scope's read when one is open. A stat that may not be read
   * (procfs mounted with {@code hidepid}) gives an unknown identity, as at open.
   */
  @Override
  public OptionalLong currentIdentityTime() {
    try {
      return OptionalLong.of(unconfirmedStat().starttime());
    } catch (AccessDenied e) {
      return OptionalLong.empty();
    }
  }

  /** Read from stat on each call, like every getter here (core caches it, as psutil does). */
  @Override
  public double createTime() {
    return ctx.bootTime() + seconds(stat().starttime());
  }

  @Override
  public String name() {
    String name = stat().name();
    files.rememberName(name);
    return name;
  }

  @Override
  public String exe() {
    return confirmed(
        () -> LinkPaths.withoutDeletedSuffix(LinkPaths.decode(files.readLink("exe")), files));
  }

  @Override
  public List<String> cmdline() {
    List<String> args = source(Source.CMDLINE, ScanParsers.CMDLINE);
    // A zombie's cmdline is empty (psutil raises ZombieProcess), and so is a kernel thread's: stat
    // (the oneshot scope's read, when one is open) tells a kernel thread (PF_KTHREAD) without a
    // second read of stat; any other empty command line is checked against a fresh stat.
    if (args.isEmpty() && !stat().isKernelThread()) {
      files.requireNotZombie();
    }
    return args;
  }

  @Override
  public Map<String, String> environ() {
    return confirmed(() -> files.read("environ", PidEnviron::parse));
  }

  @Override
  public int ppid() {
    return stat().ppid();
  }

  @Override
  public ProcessStatus status() {
    return stat().status();
  }

  @Override
  public String cwd() {
    return confirmed(
        () -> LinkPaths.withoutDeletedSuffix(LinkPaths.decode(files.readLink("cwd")), files));
  }

  @Override
  public Uids uids() {
    return source(Source.STATUS, ScanParsers.UIDS);
  }

  @Override
  public Gids gids() {
    return source(Source.STATUS, PidStatus::gids);
  }

  /** Empty when there is no controlling terminal, or its device is not under /dev (psutil). */
  @Override
  public Optional<String> terminal() {
    long tty = stat().ttyNr();
    return tty == 0 ? Optional.empty() : ctx.terminals().path(tty);
  }

  /**
   * psutil calls getpriority(2); stat's field 19 is the same task's {@code task_nice} (kernel/sys.c
   * {@code getpriority}, fs/proc/array.c {@code do_task_stat}), read with the scan's other stat
   * fields and without loading JNA. An LSM that denies getpriority is the one case where psutil
   * raises AccessDenied and this returns the value.
   */
  @Override
  public int nice() {
    return stat().nice();
  }

  @Override
  public void setNice(int value) {
    ctx.control.setNice(pid, value);
  }

  @Override
  public IoNice ionice() {
    return confirmed(() -> ctx.control.getIonice(pid));
  }

  @Override
  public void setIonice(IoNice value) {
    ctx.control.setIonice(pid, value);
  }

  @Override
  public ResourceLimit rlimit(Rlimit resource) {
    return confirmed(() -> ctx.control.getRlimit(pid, resource));
  }

  @Override
  public void setRlimit(Rlimit resource, ResourceLimit limits) {
    ctx.control.setRlimit(pid, resource, limits);
  }

  @Override
  public IoCounters ioCounters() {
    return confirmed(() -> files.read("io", PidIo::parse));
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    return source(Source.STATUS, PidStatus::ctxSwitches);
  }

  @Override
  public int numFds() {
    return confirmed(() -> files.list("fd").size());
  }

  @Override
  public int numThreads() {
    return source(Source.STATUS, ScanParsers.NUM_THREADS);
  }

  @Override
  public List<ProcessThread> threads() {
    return confirmed(() -> ProcessScans.threads(files, ctx.clockTicks));
  }

  @Override
  public ProcessCpuTimes cpuTimes() {
    PidStat st = stat();
    return new ProcessCpuTimes.Linux(
        seconds(st.utime()),
        seconds(st.stime()),
        seconds(st.cutime()),
        seconds(st.cstime()),
        seconds(st.blkioTicks()));
  }

  @Override
  public int cpuNum() {
    return stat().processor();
  }

  @Override
  public Set<Integer> cpuAffinity() {
    return confirmed(() -> ctx.control.getAffinity(pid));
  }

  @Override
  public void setCpuAffinity(Set<Integer> cpus) {
    ctx.control.setAffinity(pid, cpus);
  }

  /**
   * The online CPUs, once the process is known to exist. Not {@code Cpus_allowed_list}: that is the
   * current mask, so after {@code cpuAffinity([0])} a reset to it would keep {@code [0]} (psutil
   * escapes this only because its regex ignores a list that is not one range). The kernel confines
   * any mask to the process's cpuset itself (EINVAL only when nothing is left), so setting the
   * online CPUs gives the process every CPU it may use.
   */
  @Override
  public Set<Integer> eligibleCpus() {
    files.requireAlive();
    return Collections.unmodifiableSet(new TreeSet<>(ctx.onlineCpus()));
  }

  @Override
  public MemoryInfo memoryInfo() {
    return statm();
  }

  private MemoryInfo.Linux statm() {
    return source(Source.STATM, ctx.statm);
  }

  @Override
  public MemoryInfoEx memoryInfoEx() {
    MemoryInfo.Linux base = statm();
    return source(Source.STATUS, (b, len) -> PidStatus.memoryInfoEx(b, len, base));
  }

  /** smaps_rollup (Linux 4.14+), else smaps, which also answers where rollup fails (psutil). */
  @Override
  public MemoryFootprint memoryFootprint() {
    MemoryFootprint.Linux rollup =
        confirmed(() -> files.readIfPresent("smaps_rollup", PidSmaps::footprint));
    return rollup != null ? rollup : source(Source.SMAPS, PidSmaps::footprint);
  }

  @Override
  public List<MemoryMapRegion> memoryMaps() {
    List<MemoryMapRegion> regions = source(Source.SMAPS, PidSmaps::regions);
    if (regions.isEmpty()) {
      files.requireNotZombie(); // a zombie's smaps is empty (psutil raises ZombieProcess)
      return List.of();
    }
    return LinkPaths.withoutDeletedSuffixes(regions, files);
  }

  @Override
  public PageFaults pageFaults() {
    PidStat st = stat();
    return new PageFaults(st.minflt(), st.majflt());
  }

  @Override
  public List<OpenFile> openFiles() {
    return confirmed(() -> ProcessScans.openFiles(files));
  }

  @Override
  public List<Connection> connections(ConnectionKind kind) {
    return confirmed(() -> ctx.net.connectionsOf(pid, kind));
  }

  @Override
  public void sendSignal(int signum, OptionalLong identity) {
    ctx.control.sendSignal(pid, signum, identity, ctx::startTicks);
  }

  @Override
  public boolean awaitExit(long timeoutNanos) throws InterruptedException {
    return ctx.control.awaitExit(pid, timeoutNanos, p -> files.hasExited(identity));
  }

  @Override
  public void beginOneshot() {
    synchronized (oneshotLock) {
      if (oneshotDepth++ == 0) {
        cache = new OneshotCache(files);
      }
    }
  }

  /** A oneshot scope whose reads are witnessed once, at its end ({@link OneshotCache}). */
  @Override
  public void beginBatch() {
    synchronized (oneshotLock) {
      if (oneshotDepth++ == 0) {
        cache = new OneshotCache(files, Thread.currentThread());
      } else {
        cache.beginBatch();
      }
    }
  }

  @Override
  public void endBatch() {
    OneshotCache c = cache;
    try {
      if (c != null) {
        c.endBatch();
      }
    } finally {
      endOneshot();
    }
  }

  @Override
  public void endOneshot() {
    synchronized (oneshotLock) {
      if (oneshotDepth == 0) {
        throw new IllegalStateException("endOneshot() without beginOneshot() for pid " + pid);
      }
      if (--oneshotDepth == 0) {
        OneshotCache ended = cache;
        cache = null;
        ended.end();
      }
    }
  }
}
