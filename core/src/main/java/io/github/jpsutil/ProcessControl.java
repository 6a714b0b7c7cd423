package io.github.jpsutil;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.api.WindowsIoPriority;
import io.github.jpsutil.api.WindowsPriorityClass;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.spi.ProcessOps;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The control half of {@link OsProcess}: priorities, I/O priority, resource limits, CPU affinity,
 * signals and waiting, and the identity plumbing every call goes through. Every setter and signal
 * checks that the pid still names the process the handle was made for. Package-private so that
 * users see one class, {@code OsProcess}, as psutil's {@code Process}; split out only to keep each
 * file readable (javac gives {@code OsProcess} public bridges for these methods).
 */
abstract sealed class ProcessControl permits OsProcess {
  final Psutil psutil;
  final ProcessOps ops;
  final int pid;
  final ProcessIdentity id;
  final Process child;
  volatile Integer returnCode;
  volatile Prefetch prefetched = Prefetch.NONE;

  ProcessControl(Psutil psutil, ProcessOps ops, Process child) {
    this.psutil = psutil;
    this.ops = ops;
    this.pid = ops.pid();
    this.id = new ProcessIdentity(psutil, pid, ops.identityTime());
    this.child = child;
  }

  /**
   * The nice value, -20..19 on UNIX; on Windows the priority class as psutil's {@code Priority}
   * IntEnum holds it ({@code NORMAL_PRIORITY_CLASS} is 32, see {@link #priorityClass()}).
   *
   * @return the nice value (Windows: the priority class number)
   */
  public int nice() {
    return prefetchedOr(ProcessAttr.NICE);
  }

  /**
   * Sets the nice value after checking identity; on Windows {@code value} is a priority class's
   * number, as psutil's {@code nice(value)} takes it there.
   *
   * @param value the new nice value (Windows: a priority class number)
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
   * @return the priority class
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
   * @param priorityClass the new class
   * @throws UnsupportedOperationException on every OS but Windows
   */
  public void setPriorityClass(WindowsPriorityClass priorityClass) {
    Objects.requireNonNull(priorityClass, "priorityClass");
    require(Feature.PROC_NICE);
    checkIdentity();
    act(() -> ops.setPriorityClass(priorityClass));
  }

  /** {@return the I/O priority: Linux's class and level, or Windows' priority} */
  public IoNice ionice() {
    return prefetchedOr(ProcessAttr.IONICE);
  }

  /**
   * Sets a Linux I/O class with level 0, as psutil's {@code ionice(ioclass)} without a value does
   * (for RT and BE that is their highest level; NONE and IDLE take no level).
   *
   * @param ioclass the I/O scheduling class
   */
  public void ionice(IoPriorityClass ioclass) {
    Objects.requireNonNull(ioclass, "ioclass");
    setIonice(new IoNice.Linux(ioclass, IoNiceRules.defaultLevel(ioclass)));
  }

  /**
   * Sets a Linux I/O class and level.
   *
   * @param ioclass the I/O scheduling class
   * @param value the level, 0 (highest) to 7
   * @throws IllegalArgumentException when the level is outside 0..7, or the class takes none
   */
  public void ionice(IoPriorityClass ioclass, int value) {
    setIonice(IoNiceRules.linux(ioclass, value));
  }

  /**
   * Sets a Windows I/O priority, after checking identity.
   *
   * @param priority the new priority
   */
  public void ionice(WindowsIoPriority priority) {
    setIonice(new IoNice.Windows(Objects.requireNonNull(priority, "priority")));
  }

  private void setIonice(IoNice value) {
    require(Feature.PROC_IONICE);
    checkIdentity();
    act(() -> ops.setIonice(value));
  }

  /**
   * The soft and hard limit of a resource (psutil {@code rlimit(resource)}).
   *
   * @param resource the resource
   * @return the limits; {@link ResourceLimit#INFINITY} (-1) means unlimited
   */
  public ResourceLimit rlimit(Rlimit resource) {
    Objects.requireNonNull(resource, "resource");
    require(Feature.PROC_RLIMIT);
    return call(() -> ops.rlimit(resource));
  }

  /**
   * Sets the soft and hard limit of a resource, after checking identity (psutil {@code
   * rlimit(resource, limits)}).
   *
   * @param resource the resource
   * @param limits the new limits; raising the hard limit needs privilege
   */
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

  /** {@return the CPUs the process may run on, ascending} */
  public List<Integer> cpuAffinity() {
    return prefetchedOr(
        ProcessAttr.CPU_AFFINITY, () -> List.copyOf(new TreeSet<>(ops.cpuAffinity())));
  }

  /**
   * Restricts the process to {@code cpus}; an empty collection means every eligible CPU.
   *
   * @param cpus logical CPU numbers
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

  // ---- state and control

  /**
   * Whether this process still runs: false once it is gone or its pid was reused; a zombie counts
   * as running.
   *
   * @return true while the pid still names this process
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

  /**
   * Sends {@code signal}, only to this very process (the pid's identity is checked first).
   *
   * @param signal the signal; Windows accepts SIGTERM, CTRL_C_EVENT and CTRL_BREAK_EVENT
   * @throws io.github.jpsutil.api.NoSuchProcess if the process is gone or its pid was reused
   */
  public void sendSignal(Signal signal) {
    Objects.requireNonNull(signal, "signal");
    require(Feature.PROC_SIGNALS);
    sendSignal(psutil.backend().processes().signalNumber(signal));
  }

  /**
   * Sends signal number {@code signum} (0 checks existence), only to this very process.
   *
   * @param signum the OS's signal number
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
   * made from with {@code Psutil.popen}; for any other process the code on Windows (which tells it
   * to anyone holding a handle, as psutil's {@code proc_wait}), empty on POSIX.
   *
   * @return the exit code, or empty for a process this JVM did not start on POSIX
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  public OptionalInt waitFor() throws InterruptedException {
    return ProcessWaiter.waitFor(self(), null);
  }

  /**
   * As {@link #waitFor()}, for at most {@code timeout}; zero checks without blocking.
   *
   * @param timeout the longest wait
   * @return the exit code, or empty for a process this JVM did not start on POSIX
   * @throws io.github.jpsutil.api.TimeoutExpired if the process still runs after {@code timeout}
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  public OptionalInt waitFor(Duration timeout) throws InterruptedException {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be positive or zero, got " + timeout);
    }
    return ProcessWaiter.waitFor(self(), timeout);
  }

  /**
   * {@return the exit code {@code waitFor}/{@code waitProcs} saw; empty before, or for non-children
   * on POSIX}
   */
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
   *
   * @return the JDK process, or empty
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

  // ---- plumbing

  /**
   * The prefetched value of {@code attr}, or the exception its prefetch raised (never {@code
   * adValue}, which need not be a {@code T}: see {@link Prefetch}); else {@code read}.
   */
  @SuppressWarnings("unchecked")
  <T> T prefetchedOr(ProcessAttr attr, Supplier<T> read) {
    return isPrefetched(attr) ? prefetchedValue(attr) : call(read);
  }

  /**
   * The prefetched value of {@code attr}, else the backend's ({@link OpsRead}). Plain calls, no
   * method reference: the getters a scan uses run first of all in a fresh JVM.
   */
  <T> T prefetchedOr(ProcessAttr attr) {
    return isPrefetched(attr) ? prefetchedValue(attr) : read(attr);
  }

  /**
   * Whether {@code attr} was prefetched (raising the exception it was denied with, if so); if not,
   * checks that the backend has its feature.
   */
  boolean isPrefetched(ProcessAttr attr) {
    Prefetch p = prefetched;
    if (p.has(attr)) {
      RuntimeException denied = p.denied().get(attr);
      if (denied != null) {
        throw denied;
      }
      return true;
    }
    require(attr.feature());
    return false;
  }

  @SuppressWarnings("unchecked")
  <T> T prefetchedValue(ProcessAttr attr) {
    return (T) prefetched.values().get(attr);
  }

  /** The backend's value of {@code attr} ({@link OpsRead}), with {@link #call}'s translation. */
  @SuppressWarnings("unchecked")
  <T> T read(ProcessAttr attr) {
    try {
      return (T) OpsRead.read(ops, attr);
    } catch (NoSuchProcess | AccessDenied e) {
      throw id.translated(e);
    }
  }

  void require(Feature feature) {
    psutil.require(feature);
  }

  /** Runs a backend call, adding the known name to the exceptions it raises. */
  <T> T call(Supplier<T> read) {
    return id.call(read);
  }

  void act(Runnable action) {
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

  /** This handle as what it is: the only subclass. */
  private OsProcess self() {
    return (OsProcess) this;
  }
}
