package io.github.jpsutil;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ProcessEventOptions;
import io.github.jpsutil.internal.osgi.CoreAccess;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.PsutilProvider;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * psutil for Java: every psutil module function as a method. Get the backend for this OS with
 * {@link #local()}, or build one over other roots with {@link #builder()}. Thread-safe.
 *
 * <p>Units follow psutil: bytes for memory and I/O, seconds for CPU times, MHz for frequencies, °C
 * for temperatures, percentages 0–100 with one decimal.
 */
public final class Psutil extends PsutilSystem {
  static {
    // Hands the OSGi component (a non-exported package) its way into package-private construction.
    CoreAccess.install(new CoreHooks());
  }

  private final ProcessTable processes;

  Psutil(PsutilProvider provider, Backend backend) {
    this(provider, backend, 1);
  }

  Psutil(PsutilProvider provider, Backend backend, int scanThreads) {
    super(provider, backend);
    this.processes = new ProcessTable(this, backend, scanThreads);
  }

  /**
   * The backend for the running OS over its own {@code /proc} and {@code /sys}, made once from the
   * providers {@link java.util.ServiceLoader} finds (module path, class path). Inside an OSGi
   * framework, where ServiceLoader sees no other bundle, it is the instance registered as the
   * {@code io.github.jpsutil.Psutil} service, built from the providers in the service registry.
   *
   * @return the shared instance
   * @throws IllegalStateException when no backend for this OS is present; the message names the jar
   *     to add
   */
  public static Psutil local() {
    return LocalPsutil.get();
  }

  /** {@return a builder for a {@code Psutil} over other roots or with a chosen provider} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Process start/exec/exit events, until closed; see {@link ProcessEvents}. Not in psutil
   * (gh-899).
   *
   * @param options the mode, scan interval and buffer size
   * @return the running event stream; close it
   * @throws UnsupportedOperationException if the chosen mode is not available on this OS
   * @throws io.github.jpsutil.api.AccessDenied if the connector is forced without the privilege
   */
  public ProcessEvents processEvents(ProcessEventOptions options) {
    return ProcessEvents.open(this, options);
  }

  /**
   * {@return container-aware values (cgroup limits and usage); see {@link Containers}. Not in
   * psutil}
   */
  public Containers containers() {
    return new Containers(this);
  }

  // ---- processes

  /** {@return every process id, ascending (psutil {@code pids()})} */
  public List<Integer> pids() {
    require(Feature.PIDS);
    return processes.pids();
  }

  /**
   * Whether a process with this pid exists (psutil {@code pid_exists()}); false for negative pids
   * and, on Linux, for thread ids.
   *
   * @param pid the process id
   * @return true if the process exists (zombies included)
   */
  public boolean pidExists(int pid) {
    if (pid < 0) {
      return false;
    }
    require(Feature.PIDS);
    return backend.host().pidExists(pid);
  }

  /**
   * A handle on the process with this pid (psutil {@code Process(pid)}). Zombies and, on Linux,
   * thread ids are accepted.
   *
   * @param pid the process id
   * @return a handle that remembers the process's identity (pid and start time)
   * @throws IllegalArgumentException if {@code pid} is negative
   * @throws NoSuchProcess if there is no such process
   */
  public OsProcess process(int pid) {
    return processes.open(pid, null);
  }

  /** {@return a handle on this JVM's own process} */
  public OsProcess self() {
    return process((int) ProcessHandle.current().pid());
  }

  /**
   * A handle on a child this JVM started (psutil's {@code Popen}): {@code waitFor} returns its exit
   * code. The caller starts the child (with the JDK's process API); this method never starts a
   * program. A child that already exited still gets a handle, as psutil's Popen never raises
   * NoSuchProcess.
   *
   * @param child a process this JVM started
   * @return a handle whose {@code waitFor} and {@code returnCode} give the child's exit code
   */
  public OsProcess popen(Process child) {
    Objects.requireNonNull(child, "child");
    int pid = (int) child.pid();
    try {
      return processes.open(pid, child);
    } catch (NoSuchProcess gone) {
      return new OsProcess(this, new ExitedChild(pid), child);
    }
  }

  /**
   * Every process, sorted by pid, reusing the same handles across calls so that {@code
   * cpuPercent()} measures between calls (psutil {@code process_iter()}). Vanished processes are
   * skipped; zombies are included.
   *
   * @return the processes, in pid order
   */
  public List<OsProcess> processIter() {
    return processes.iter(null, null);
  }

  /**
   * As {@link #processIter()}, prefetching {@code attrs} for each process (psutil {@code
   * process_iter(attrs, ad_value)}): afterwards the matching no-argument methods and {@link
   * OsProcess#info()} return the prefetched values. In {@code info()} a denied attribute (an
   * AccessDenied or ZombieProcess) is {@code adValue}; its method raises that exception again
   * rather than return {@code adValue}, which need not be of the method's type (psutil, being
   * untyped, returns it).
   *
   * @param attrs the attributes to read for each process; empty for all of {@link #processAttrs()}
   * @param adValue what {@code info()} holds for an attribute access is denied to
   * @return the processes, in pid order, with {@code attrs} read
   */
  public List<OsProcess> processIter(Set<ProcessAttr> attrs, Object adValue) {
    Objects.requireNonNull(attrs, "attrs");
    return processes.iter(attrs, adValue);
  }

  /**
   * {@link #processIter(Set, Object)} with psutil's attribute names, e.g. {@code "memory_info"}.
   *
   * @param attrs psutil's attribute names
   * @param adValue what {@code info()} holds for an attribute access is denied to
   * @return the processes, in pid order, with {@code attrs} read
   * @throws IllegalArgumentException naming an unknown attribute name
   */
  public List<OsProcess> processIter(Collection<String> attrs, Object adValue) {
    Objects.requireNonNull(attrs, "attrs");
    Set<ProcessAttr> parsed = EnumSet.noneOf(ProcessAttr.class);
    for (String a : attrs) {
      parsed.add(ProcessAttr.fromName(a));
    }
    return processes.iter(parsed, adValue);
  }

  /**
   * The lazy form of {@link #processIter()}, as psutil's {@code process_iter()} generator: the pid
   * table is read now, each handle is made (or taken from the same cache {@code processIter} uses,
   * so {@code cpuPercent()} still measures between iterations) when the stream reaches its pid.
   * Processes that end before then are skipped, zombies are included, pids marked reused by {@code
   * isRunning()} get a fresh handle. Sorted by pid; sequential.
   *
   * @return a sequential stream of the processes, in pid order
   */
  public Stream<OsProcess> processStream() {
    return stream(processes.lazyIter(null, null));
  }

  /**
   * The lazy form of {@link #processIter(Set, Object)}: each process's {@code attrs} are prefetched
   * when the stream reaches it. An attribute this OS lacks raises UnsupportedOperationException
   * from the stream's first element, as psutil's generator raises on iteration.
   *
   * @param attrs the attributes to read for each process; empty for all
   * @param adValue what {@code info()} holds for an attribute access is denied to
   * @return a sequential stream of the processes, in pid order
   */
  public Stream<OsProcess> processStream(Set<ProcessAttr> attrs, Object adValue) {
    Objects.requireNonNull(attrs, "attrs");
    // Copied and checked now, not when the stream first reaches a process.
    Set<ProcessAttr> copy = EnumSet.noneOf(ProcessAttr.class);
    for (ProcessAttr a : attrs) {
      copy.add(Objects.requireNonNull(a, "attrs must not contain null"));
    }
    return stream(processes.lazyIter(copy, adValue));
  }

  /**
   * {@link #processStream(Set, Object)} with psutil's attribute names, e.g. {@code "name"}.
   *
   * @param attrs psutil's attribute names
   * @param adValue what {@code info()} holds for an attribute access is denied to
   * @return a sequential stream of the processes, in pid order
   * @throws IllegalArgumentException naming an unknown attribute name
   */
  public Stream<OsProcess> processStream(Collection<String> attrs, Object adValue) {
    Objects.requireNonNull(attrs, "attrs");
    Set<ProcessAttr> parsed = EnumSet.noneOf(ProcessAttr.class);
    for (String a : attrs) {
      parsed.add(ProcessAttr.fromName(a));
    }
    return stream(processes.lazyIter(parsed, adValue));
  }

  private static Stream<OsProcess> stream(Iterator<OsProcess> it) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            it, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT),
        false);
  }

  /** Forgets the handles {@code processIter} keeps (psutil {@code process_iter.cache_clear()}). */
  public void clearProcessIterCache() {
    processes.clearIterCache();
  }

  /**
   * Waits for several processes (psutil {@code wait_procs}); never throws TimeoutExpired.
   *
   * @param procs the processes to wait for
   * @param timeout how long to wait at most; null waits until all are gone
   * @param callback called with each process as it is found gone; may be null
   * @return the processes that are gone and those still alive
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public WaitResult waitProcs(
      Collection<OsProcess> procs, Duration timeout, Consumer<OsProcess> callback)
      throws InterruptedException {
    return processes.waitProcs(procs, timeout, callback);
  }

  ProcessTable processTable() {
    return processes;
  }

  /** Whether a cut kernel name is completed from cmdline(): POSIX with cmdline only (psutil). */
  boolean nameFallsBackToCmdline() {
    return os() != OperatingSystem.WINDOWS && supports(Feature.PROC_CMDLINE);
  }

  /**
   * The attribute names this platform's processes have (psutil 8.0's {@code Process.attrs}), for
   * {@code processIter(attrs, …)} and {@code asDict}.
   *
   * @return the attributes whose feature this backend supports
   */
  public Set<ProcessAttr> processAttrs() {
    Set<ProcessAttr> out = EnumSet.noneOf(ProcessAttr.class);
    for (ProcessAttr a : ProcessAttr.values()) {
      // memory_percent divides by virtual_memory().total (SunOS has memory_info without it).
      boolean needsTotal = a == ProcessAttr.MEMORY_PERCENT;
      if (features.contains(a.feature())
          && (!needsTotal || features.contains(Feature.VIRTUAL_MEMORY))) {
        out.add(a);
      }
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /**
   * This library's version, e.g. {@code "0.1.0-SNAPSHOT"}: the Maven project version jpsutil-core
   * was built as (the counterpart of psutil's {@code __version__}).
   *
   * @return the version string
   */
  public static String version() {
    return LibraryVersion.get();
  }

  /**
   * psutil's {@code bytes2human}: {@code 10240 → "10.0K"}, {@code 100 → "100.0B"}, base 1024, one
   * decimal, negatives keep their sign.
   *
   * @param n a number of bytes
   * @return e.g. {@code "10.0K"}
   */
  public static String bytes2human(long n) {
    return Bytes2Human.format(n);
  }

  /**
   * psutil's {@code bytes2human(n, format)}: {@code format} is a Python {@code %}-format over the
   * keys {@code value} (a double, or the integer {@code n} below 1 K) and {@code symbol} (B K M G T
   * P E), e.g. {@code "%(value).3f %(symbol)sB"} gives {@code "9.766 KB"} for 10000. Supported
   * conversions: {@code f F d i u s r} with flags {@code -+ 0#}, width and precision.
   *
   * @param n a number of bytes
   * @param format the Python format
   * @return {@code format} filled with the scaled value and its symbol
   * @throws IllegalArgumentException for a null or malformed format, an unknown key or an
   *     unsupported conversion
   */
  public static String bytes2human(long n, String format) {
    return Bytes2Human.format(n, format);
  }
}
