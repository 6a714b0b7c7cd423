package io.github.jpsutil.linux;

import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.acquire.Pidfd;
import io.github.jpsutil.linux.acquire.ProcessCalls;
import io.github.jpsutil.linux.parse.CpuList;
import io.github.jpsutil.linux.parse.CpuMask;
import io.github.jpsutil.linux.parse.IoPrio;
import io.github.jpsutil.linux.parse.Rlimits;
import io.github.jpsutil.linux.parse.SignalNumbers;
import io.github.jpsutil.posix.Priorities;
import io.github.jpsutil.posix.ProcessSignals;
import io.github.jpsutil.spi.BackendConfig;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;

/**
 * The syscalls that act on or ask the kernel about one process: signals (through pidfd where the
 * kernel has it), priorities, I/O priorities, resource limits, CPU affinity, and waiting for exit.
 * Errors are translated here: ESRCH → NoSuchProcess, EPERM/EACCES → AccessDenied. Every method
 * refuses a pid ≤ 0 with IllegalArgumentException: to these syscalls 0 means the caller and a
 * negative pid a process group, never what a psutil {@code Process} stands for.
 *
 * <p>The syscalls act on the kernel this JVM runs on, whatever roots the backend was configured
 * with; the roots are only used to read {@code /sys/devices/system/cpu/online}.
 */
final class LinuxProcessControl {
  private final LinuxFiles files;

  /** Reads the online CPUs under the running system's own {@code /sys}. */
  LinuxProcessControl() {
    this(new LinuxFiles(BackendConfig.defaults()));
  }

  LinuxProcessControl(LinuxFiles files) {
    this.files = files;
  }

  /**
   * Sends {@code signum} to {@code pid} only if its start time (ticks since boot, field 22 of
   * {@code /proc/<pid>/stat}) still equals {@code identity}; with pidfd the check and the signal
   * cannot race with PID reuse.
   *
   * @param signum 0 (only check that the process exists and may be signalled) to {@link
   *     #maxSignal()}
   * @param identity the start time the caller saw, or empty to skip the check
   * @param startTime reads a pid's current start time, in the ticks of {@code identity}
   * @throws NoSuchProcess with {@link NoSuchProcess#REUSED} when the pid now belongs to a process
   *     with another start time, or the plain message when it is gone
   */
  void sendSignal(int pid, int signum, OptionalLong identity, IntToLongFunction startTime) {
    requirePid(pid);
    SignalNumbers.requireValid(signum);
    if (identity == null) {
      throw new IllegalArgumentException("identity must not be null (use OptionalLong.empty())");
    }
    if (identity.isPresent() && startTime == null) {
      throw new IllegalArgumentException("startTime must not be null when identity is given");
    }
    Optional<Pidfd> pidfd = Pidfd.open(pid);
    if (pidfd.isPresent()) {
      // The pidfd is opened BEFORE the identity check, and that order is what closes the race.
      // The pidfd is bound to the process that held the pid at open time. If the check then reads
      // the expected start time, the expected process held the pid at check time too; since it
      // already existed before this call, it held the pid continuously, so it is the process the
      // pidfd is bound to. If it exits after the check and the pid is reused, the signal still
      // goes to the (dead) process the pidfd names, and pidfd_send_signal fails with ESRCH instead
      // of hitting the newcomer. Checking first and opening afterwards would leave a window in
      // which a new process could take the pid between the two.
      try (Pidfd fd = pidfd.get()) {
        checkIdentity(pid, identity, startTime);
        fd.sendSignal(signum);
      }
      return;
    }
    // No pidfd (kernel < 5.3, seccomp, or a non-leader thread id): check, then kill(2). A pid
    // reused between the two lines would be signalled; psutil has the same window on every OS.
    checkIdentity(pid, identity, startTime);
    ProcessSignals.kill(pid, signum);
  }

  private static void checkIdentity(int pid, OptionalLong identity, IntToLongFunction startTime) {
    if (identity.isEmpty()) {
      return;
    }
    long expected = identity.getAsLong();
    long now = startTime.applyAsLong(pid);
    // A start time of 0 is psutil's "unknown", which compares equal (psutil gh-2895, gh-2899).
    if (expected != 0 && now != 0 && expected != now) {
      throw new NoSuchProcess(pid, null, NoSuchProcess.REUSED);
    }
  }

  /** The Linux number of {@code signal}; IllegalArgumentException for the Windows-only events. */
  int signalNumber(Signal signal) {
    return SignalNumbers.of(signal);
  }

  /** {@code SIGRTMAX}, 64: the largest number {@link #sendSignal} accepts. */
  int maxSignal() {
    return SignalNumbers.MAX_SIGNAL;
  }

  /**
   * Sets the nice value. psutil documents -20..20 for UNIX; Linux stores 20 as 19.
   *
   * @throws io.github.jpsutil.api.AccessDenied when lowering it without CAP_SYS_NICE, or for
   *     another user's process
   */
  void setNice(int pid, int value) {
    requirePid(pid);
    if (value < -20 || value > 20) {
      throw new IllegalArgumentException("nice value must be within -20..20, got " + value);
    }
    Priorities.setNice(pid, value);
  }

  /** The I/O scheduling class and level ({@code ioprio_get(IOPRIO_WHO_PROCESS, pid)}). */
  IoNice getIonice(int pid) {
    requirePid(pid);
    return IoPrio.decode(ProcessCalls.ioprioGet(pid));
  }

  /**
   * Sets the I/O priority of {@code pid}'s main thread, as psutil and {@code ionice -p} do ({@code
   * IOPRIO_WHO_PROCESS} addresses one task). RT needs CAP_SYS_ADMIN or CAP_SYS_NICE.
   *
   * @throws IllegalArgumentException for a Windows value, a level outside 0..7, or a level given
   *     with NONE or IDLE (psutil's rules)
   */
  void setIonice(int pid, IoNice value) {
    requirePid(pid);
    int ioprio = IoPrio.encode(value);
    ProcessCalls.ioprioSet(pid, ioprio);
  }

  /** The soft and hard limit, {@link ResourceLimit#INFINITY} for unlimited ({@code prlimit64}). */
  ResourceLimit getRlimit(int pid, Rlimit resource) {
    requirePid(pid);
    int number = Rlimits.resourceNumber(resource);
    return Rlimits.decode(resource, ProcessCalls.prlimitGet(pid, number));
  }

  /**
   * Sets both limits. Raising the hard limit needs CAP_SYS_RESOURCE, acting on another user's
   * process needs it too, and the kernel answers EPERM for an {@code RLIMIT_NOFILE} above {@code
   * fs.nr_open} even to root: all become AccessDenied, as in psutil.
   */
  void setRlimit(int pid, Rlimit resource, ResourceLimit limits) {
    requirePid(pid);
    int number = Rlimits.resourceNumber(resource);
    long[] wanted = Rlimits.encode(limits);
    // EINVAL (soft above hard) cannot happen: ResourceLimit refuses such pairs.
    ProcessCalls.prlimitSet(pid, number, wanted);
  }

  /** The CPUs {@code pid} may run on, ascending. */
  Set<Integer> getAffinity(int pid) {
    requirePid(pid);
    return CpuMask.decode(ProcessCalls.schedGetaffinity(pid));
  }

  /**
   * Restricts {@code pid} to {@code cpus}. Every CPU must be online: the kernel would silently drop
   * an offline one. Eligibility (the cpuset of the process) is core's check, as psutil's; a set the
   * kernel finds entirely ineligible is refused here too.
   *
   * @throws IllegalArgumentException for an empty set, a negative CPU or one that is not online
   */
  void setAffinity(int pid, Set<Integer> cpus) {
    requirePid(pid);
    if (cpus == null || cpus.isEmpty()) {
      throw new IllegalArgumentException(
          "cpus must name at least one CPU (core maps an empty request to the eligible CPUs)");
    }
    Set<Integer> online = onlineCpus();
    for (Integer cpu : cpus) {
      if (cpu == null || !online.contains(cpu)) {
        throw new IllegalArgumentException(
            "cpus: invalid CPU " + cpu + "; choose between the online CPUs " + online);
      }
    }
    byte[] mask = CpuMask.encode(cpus, ByteOrder.nativeOrder());
    if (!ProcessCalls.schedSetaffinity(pid, mask)) {
      throw new IllegalArgumentException(
          "cpus: none of " + cpus + " is eligible for pid " + pid + " (outside its cpuset)");
    }
  }

  private Set<Integer> onlineCpus() {
    Path file = files.sys("devices", "system", "cpu", "online");
    return CpuList.parseSet(files.readText(file), file.toString());
  }

  /**
   * Waits for {@code pid} to exit: pidfd + poll where the kernel has pidfd_open (5.3+), else polls
   * {@code gone} with backoff. {@code timeoutNanos} 0 is a non-blocking check, {@code
   * Long.MAX_VALUE} waits forever.
   *
   * @param gone whether a pid is gone (no /proc entry) or a zombie, for the polling fallback
   * @return true once the process is gone or a zombie, false when the timeout passed first
   * @throws InterruptedException when the calling thread is interrupted while waiting
   */
  boolean awaitExit(int pid, long timeoutNanos, IntPredicate gone) throws InterruptedException {
    requirePid(pid);
    // ProcessWaiter keeps no state; made per wait, so a backend that never waits does not load it.
    return new ProcessWaiter().awaitExit(pid, timeoutNanos, gone);
  }

  private static void requirePid(int pid) {
    if (pid <= 0) {
      throw new IllegalArgumentException("pid must be > 0, got " + pid);
    }
  }
}
