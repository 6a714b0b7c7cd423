package io.github.jpsutil.spi;

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
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.api.WindowsPriorityClass;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One process as the backend sees it: raw queries and actions, no OS-independent logic (core's
 * {@code OsProcess} adds that, and checks identity before setters and signals). A getter must not
 * answer for a process that took over the pid after this handle was opened: where the OS lets the
 * backend tell (Linux: the start time, confirmed after each read) it raises {@link
 * io.github.jpsutil.api.NoSuchProcess} with {@code NoSuchProcess.REUSED}. Every method either
 * returns a value or throws {@link io.github.jpsutil.api.NoSuchProcess}, {@link
 * io.github.jpsutil.api.ZombieProcess}, {@link io.github.jpsutil.api.AccessDenied} or {@link
 * UnsupportedOperationException}; errors are translated once, where the OS is read.
 *
 * <p>Between {@link #beginOneshot()} and {@link #endOneshot()} an implementation may keep the raw
 * sources it read (on Linux {@code /proc/<pid>/stat}, {@code status}, {@code statm}, …) and answer
 * later queries from them, so each source is read at most once.
 */
public interface ProcessOps {
  /** {@return the process id this handle was opened for} */
  int pid();

  /**
   * The monotonic start time that, with the pid, identifies the process (Linux: {@code starttime}
   * ticks since boot). Empty where the OS has no clock-independent one (psutil gh-2888).
   *
   * @return the start time read when the handle was opened, in the OS's own unit
   */
  OptionalLong identityTime();

  /**
   * The start time the pid has now, to compare with {@link #identityTime()} (the PID-reuse check of
   * {@code ppid}, setters and signals). Inside a oneshot scope a backend answers from the scope's
   * own read, so the check and the values read in the scope come from one snapshot and the check
   * costs no extra read. Empty where the OS has no start time or it may not be read.
   *
   * @return the start time read now, in the unit of {@link #identityTime()}
   * @throws io.github.jpsutil.api.NoSuchProcess if there is no process with this pid
   */
  OptionalLong currentIdentityTime();

  /** {@return creation time, seconds since the epoch} */
  default double createTime() {
    throw Unsupported.of(this, "Process.create_time");
  }

  /** {@return the kernel's name (may be truncated, e.g. to 15 characters on Linux)} */
  default String name() {
    throw Unsupported.of(this, "Process.name");
  }

  /** {@return executable path; "" when it cannot be determined but the process exists} */
  default String exe() {
    throw Unsupported.of(this, "Process.exe");
  }

  /**
   * {@return the command line, argv[0] first (psutil's {@code Process.cmdline()}); empty for kernel
   * threads}
   */
  default List<String> cmdline() {
    throw Unsupported.of(this, "Process.cmdline");
  }

  /** {@return the environment variables (psutil's {@code Process.environ()})} */
  default Map<String, String> environ() {
    throw Unsupported.of(this, "Process.environ");
  }

  /** {@return the parent process id (psutil's {@code Process.ppid()})} */
  default int ppid() {
    throw Unsupported.of(this, "Process.ppid");
  }

  /** {@return the scheduler state (psutil's {@code Process.status()})} */
  default ProcessStatus status() {
    throw Unsupported.of(this, "Process.status");
  }

  /** {@return current directory; "" when it cannot be determined} */
  default String cwd() {
    throw Unsupported.of(this, "Process.cwd");
  }

  /**
   * {@return the owner's account name where the OS names it without a user id: on Windows psutil's
   * {@code DOMAIN\\user} from the process token} Elsewhere core looks {@link #uids()} up in the
   * user directory and a backend leaves this alone.
   */
  default String username() {
    throw Unsupported.of(this, "Process.username");
  }

  /** {@return real, effective and saved user ids (psutil's {@code Process.uids()})} */
  default Uids uids() {
    throw Unsupported.of(this, "Process.uids");
  }

  /** {@return real, effective and saved group ids (psutil's {@code Process.gids()})} */
  default Gids gids() {
    throw Unsupported.of(this, "Process.gids");
  }

  /** {@return controlling terminal as an absolute {@code /dev/…} path} */
  default Optional<String> terminal() {
    throw Unsupported.of(this, "Process.terminal");
  }

  /** {@return the nice value, -20 (highest priority) to 19 (psutil's {@code Process.nice()})} */
  default int nice() {
    throw Unsupported.of(this, "Process.nice");
  }

  /**
   * Sets the nice value (psutil's {@code Process.nice(value)}); lowering it needs privileges.
   *
   * @param value -20 to 19
   */
  default void setNice(int value) {
    throw Unsupported.of(this, "Process.nice");
  }

  /** {@return the I/O priority (psutil's {@code Process.ionice()})} */
  default IoNice ionice() {
    throw Unsupported.of(this, "Process.ionice");
  }

  /**
   * Sets the I/O priority (psutil's {@code Process.ionice(ioclass, value)}).
   *
   * @param value the new priority, already validated by core for this OS
   */
  default void setIonice(IoNice value) {
    throw Unsupported.of(this, "Process.ionice");
  }

  /**
   * The Windows priority class, psutil's {@code nice()} on Windows (a {@code ProcessPriority}
   * member, from {@code GetPriorityClass}). Only the Windows backend overrides this.
   *
   * @return the process's priority class
   */
  default WindowsPriorityClass priorityClass() {
    throw new UnsupportedOperationException(
        "psutil's Process.nice() priority class (ProcessPriority) exists on Windows only");
  }

  /**
   * Sets the Windows priority class, psutil's {@code nice(value)} on Windows ({@code
   * SetPriorityClass}). Only the Windows backend overrides this.
   *
   * @param value the new priority class
   */
  default void setPriorityClass(WindowsPriorityClass value) {
    throw new UnsupportedOperationException(
        "psutil's Process.nice(value) priority class (ProcessPriority) exists on Windows only");
  }

  /**
   * Reads a resource limit (psutil's {@code Process.rlimit(resource)}).
   *
   * @param resource the resource
   * @return its soft and hard limit
   */
  default ResourceLimit rlimit(Rlimit resource) {
    throw Unsupported.of(this, "Process.rlimit");
  }

  /**
   * Sets a resource limit (psutil's {@code Process.rlimit(resource, limits)}); raising the hard
   * limit needs privileges.
   *
   * @param resource the resource
   * @param limits the new soft and hard limit
   */
  default void setRlimit(Rlimit resource, ResourceLimit limits) {
    throw Unsupported.of(this, "Process.rlimit");
  }

  /** {@return cumulative I/O counts and bytes (psutil's {@code Process.io_counters()})} */
  default IoCounters ioCounters() {
    throw Unsupported.of(this, "Process.io_counters");
  }

  /**
   * {@return voluntary and involuntary context switches (psutil's {@code
   * Process.num_ctx_switches()})}
   */
  default CtxSwitches numCtxSwitches() {
    throw Unsupported.of(this, "Process.num_ctx_switches");
  }

  /** {@return the number of open file descriptors (psutil's {@code Process.num_fds()}, UNIX)} */
  default int numFds() {
    throw Unsupported.of(this, "Process.num_fds");
  }

  /** {@return the number of open handles (psutil's {@code Process.num_handles()}, Windows)} */
  default int numHandles() {
    throw Unsupported.of(this, "Process.num_handles");
  }

  /** {@return the number of threads (psutil's {@code Process.num_threads()})} */
  default int numThreads() {
    throw Unsupported.of(this, "Process.num_threads");
  }

  /** {@return each thread's id and CPU seconds (psutil's {@code Process.threads()})} */
  default List<ProcessThread> threads() {
    throw Unsupported.of(this, "Process.threads");
  }

  /**
   * {@return user and system CPU seconds, with the waited-for children's (psutil's {@code
   * Process.cpu_times()})}
   */
  default ProcessCpuTimes cpuTimes() {
    throw Unsupported.of(this, "Process.cpu_times");
  }

  /** {@return the CPU the process last ran on} */
  default int cpuNum() {
    throw Unsupported.of(this, "Process.cpu_num");
  }

  /** {@return the CPUs the process may run on, ascending} */
  default Set<Integer> cpuAffinity() {
    throw Unsupported.of(this, "Process.cpu_affinity");
  }

  /**
   * Restricts the process to these CPUs (psutil's {@code Process.cpu_affinity(cpus)}).
   *
   * @param cpus logical CPU numbers; core has checked they are eligible
   */
  default void setCpuAffinity(Set<Integer> cpus) {
    throw Unsupported.of(this, "Process.cpu_affinity");
  }

  /** {@return the CPUs a process may be given ({@code cpuAffinity([])} resets to these)} */
  default Set<Integer> eligibleCpus() {
    throw Unsupported.of(this, "Process.cpu_affinity");
  }

  /**
   * {@return resident and virtual size and the OS's other basic counters, bytes (psutil's {@code
   * Process.memory_info()})}
   */
  default MemoryInfo memoryInfo() {
    throw Unsupported.of(this, "Process.memory_info");
  }

  /**
   * {@return the OS's full set of memory counters, bytes (psutil's {@code
   * Process.memory_info_ex()})}
   */
  default MemoryInfoEx memoryInfoEx() {
    throw Unsupported.of(this, "Process.memory_info_ex");
  }

  /**
   * {@return unique (and, on Linux, proportional and swapped) memory, bytes (psutil's {@code
   * memory_full_info()} extras)}
   */
  default MemoryFootprint memoryFootprint() {
    throw Unsupported.of(this, "Process.memory_footprint");
  }

  /** {@return every mapping, in address order (core groups them when asked)} */
  default List<MemoryMapRegion> memoryMaps() {
    throw Unsupported.of(this, "Process.memory_maps");
  }

  /** {@return minor and major page faults (psutil's {@code Process.page_faults()})} */
  default PageFaults pageFaults() {
    throw Unsupported.of(this, "Process.page_faults");
  }

  /** {@return the regular files the process has open (psutil's {@code Process.open_files()})} */
  default List<OpenFile> openFiles() {
    throw Unsupported.of(this, "Process.open_files");
  }

  /**
   * The process's sockets (psutil's {@code Process.net_connections(kind)}).
   *
   * @param kind which address families and socket types to list
   * @return one entry per socket, with {@code pid} set
   */
  default List<Connection> connections(ConnectionKind kind) {
    throw Unsupported.of(this, "Process.net_connections");
  }

  /**
   * Sends a signal, only if the process still has this identity. Where the OS offers it (Linux
   * pidfd), the check and the signal must not race with PID reuse.
   *
   * @param signum the OS's signal number (see {@code ProcessSource.signalNumber})
   * @param identity the {@link #identityTime()} the caller saw, or empty to skip the check
   * @throws io.github.jpsutil.api.NoSuchProcess with {@code NoSuchProcess.REUSED} on a mismatch
   */
  default void sendSignal(int signum, OptionalLong identity) {
    throw Unsupported.of(this, "Process.send_signal");
  }

  /**
   * Waits until the process has exited (is gone or, for a non-child, is a zombie no one reaps) or
   * the timeout passes. Event-driven where the OS allows.
   *
   * @param timeoutNanos 0 for a non-blocking check, {@code Long.MAX_VALUE} to wait forever
   * @return true if it exited
   * @throws InterruptedException if the waiting thread is interrupted
   */
  default boolean awaitExit(long timeoutNanos) throws InterruptedException {
    throw Unsupported.of(this, "Process.wait");
  }

  /**
   * {@link #awaitExit(long)} that also reports the exit code where the OS gives it to a process
   * that is not the parent (Windows). The default waits with {@link #awaitExit(long)} and reports
   * no code, as psutil does for a process that is not the caller's child on POSIX.
   *
   * @param timeoutNanos 0 for a non-blocking check, {@code Long.MAX_VALUE} to wait forever
   * @return whether the process exited, and its exit code when known
   * @throws InterruptedException if the waiting thread is interrupted
   */
  default ProcessExit awaitExitStatus(long timeoutNanos) throws InterruptedException {
    return awaitExit(timeoutNanos) ? ProcessExit.withoutCode() : ProcessExit.timedOut();
  }

  /** Starts caching raw sources (see the class comment). Nested calls are counted. */
  void beginOneshot();

  /** Ends one {@link #beginOneshot()}; the cache is dropped when the outermost one ends. */
  void endOneshot();

  /**
   * Starts a oneshot scope whose values reach no caller before {@link #endBatch()} returns (a
   * scan's prefetch, {@code asDict}): the calling thread's reads in it may be checked for PID reuse
   * once, at its end, instead of after each read. Reads by other threads meanwhile are checked as
   * in any oneshot scope. By default a plain {@link #beginOneshot()}.
   */
  default void beginBatch() {
    beginOneshot();
  }

  /**
   * Ends a {@link #beginBatch()} scope, first confirming that everything the calling thread read in
   * it was this handle's process's.
   *
   * @throws io.github.jpsutil.api.NoSuchProcess if the process is gone or its pid was reused
   *     ({@code NoSuchProcess.REUSED}) during the batch; the values read in it must be dropped
   */
  default void endBatch() {
    endOneshot();
  }
}
