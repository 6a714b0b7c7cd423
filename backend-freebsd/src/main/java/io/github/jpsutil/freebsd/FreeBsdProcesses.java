package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.api.User;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.parse.CpuSetMask;
import io.github.jpsutil.freebsd.parse.KinfoProc;
import io.github.jpsutil.freebsd.parse.Timeval;
import io.github.jpsutil.freebsd.parse.Utmpx;
import io.github.jpsutil.posix.TerminalMap;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.spi.ProcessSource;
import io.github.jpsutil.spi.SignalTable;
import io.github.jpsutil.unix.UtmpxUsers;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The process table through {@code sysctl(KERN_PROC)}, which every user may read, zombies included;
 * and the host facts that come from it or beside it ({@code kern.boottime}).
 *
 * @param sysctls the kernel's answers
 * @param pageSize {@code hw.pagesize}, for the page counts of {@code kinfo_proc} and {@code
 *     kinfo_vmentry}
 * @param terminals the terminal devices, scanned again on a miss (a new login's pty), as macOS and
 *     Linux keep
 */
record FreeBsdProcesses(Sysctls sysctls, long pageSize, TerminalMap terminals)
    implements ProcessSource, HostSource {
  /**
   * {@code sys/sys/signal.h}: 7 is SIGEMT and 29 SIGINFO; {@code SIGRTMAX} 126 is the largest
   * number {@code kill(2)} accepts.
   */
  private static final SignalTable SIGNALS =
      SignalTable.inNumberOrder(
          "FreeBSD",
          126,
          "HUP INT QUIT ILL TRAP ABRT - FPE KILL BUS SEGV SYS PIPE ALRM TERM URG STOP TSTP CONT CHLD"
              + " TTIN TTOU IO XCPU XFSZ VTALRM PROF WINCH - USR1 USR2");

  FreeBsdProcesses(Sysctls sysctls, long pageSize) {
    this(sysctls, pageSize, new TerminalMap(sysctls.kernel()::terminals));
  }

  /**
   * {@code kern.argmax}: the room {@code KERN_PROC_ARGS} and {@code KERN_PROC_ENV} may need, read
   * for each of them as psutil's {@code psutil_get_cmd_args} does.
   */
  int argMax() {
    return Math.toIntExact(sysctls.number("kern.argmax"));
  }

  /** Bytes of a {@code cpuset_t} for this kernel ({@code kern.smp.maxcpus}). */
  int cpuSetSize() {
    return CpuSetMask.size(sysctls.number("kern.smp.maxcpus"));
  }

  /** {@code hw.ncpu}. */
  int cpuCount() {
    return Math.toIntExact(sysctls.number("hw.ncpu"));
  }

  KinfoProc kinfo(int pid) {
    return KinfoProc.decode(sysctls.kinfoProc(pid, KinfoProc.LAYOUT.size()), 0);
  }

  @Override
  public Instant bootTime() {
    return Timeval.bootTime(sysctls.byName("kern.boottime", Timeval.LAYOUT.size()));
  }

  /** psutil's {@code users}: the {@code USER_PROCESS} records of utmpx. */
  @Override
  public List<User> users() {
    return UtmpxUsers.users(Utmpx.FIELDS, sysctls.kernel().utmpx(Utmpx.LAYOUT.size()));
  }

  @Override
  public int[] pids() {
    return KinfoProc.decodeAll(sysctls.kinfoProcAll()).stream()
        .mapToInt(KinfoProc::pid)
        .sorted()
        .toArray();
  }

  /** As psutil: pid 0 exists when it is in {@link #pids()}; any other pid when sysctl finds it. */
  @Override
  public boolean pidExists(int pid) {
    if (pid <= 0) {
      return pid == 0 && Arrays.binarySearch(pids(), 0) >= 0;
    }
    try {
      kinfo(pid);
      return true;
    } catch (NoSuchProcess e) {
      return false;
    }
  }

  @Override
  public ProcessOps open(int pid) {
    try {
      return new FreeBsdProcess(this, kinfo(pid));
    } catch (NoSuchProcess e) {
      throw new NoSuchProcess(pid, null, "process PID not found");
    }
  }

  @Override
  public int signalNumber(Signal signal) {
    return SIGNALS.number(signal);
  }

  @Override
  public int maxSignal() {
    return SIGNALS.max();
  }

  @Override
  public Map<Integer, Integer> ppidMap() {
    Map<Integer, Integer> out = new HashMap<>();
    KinfoProc.decodeAll(sysctls.kinfoProcAll()).forEach(k -> out.put(k.pid(), k.ppid()));
    return out;
  }
}
