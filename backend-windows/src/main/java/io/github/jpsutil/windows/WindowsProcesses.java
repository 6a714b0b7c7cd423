package io.github.jpsutil.windows;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.spi.ProcessSource;
import io.github.jpsutil.windows.acquire.Reply;
import io.github.jpsutil.windows.acquire.SystemInformationClass;
import io.github.jpsutil.windows.acquire.WindowsCalls;
import io.github.jpsutil.windows.parse.ProcessEntry;
import io.github.jpsutil.windows.parse.SystemProcessInformation;
import io.github.jpsutil.windows.parse.TimeOfDayInformation;
import io.github.jpsutil.windows.parse.WindowsSignals;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The process table from SystemProcessInformation, as psutil's {@code proc_oneshot}, and the boot
 * time. One query lists every process, so each answer reads the whole table; {@code oneshot()}
 * reuses one read.
 */
record WindowsProcesses(WindowsCalls calls, WindowsNet network)
    implements ProcessSource, HostSource {
  /** A typical desktop table is 200-500 KB; start there and grow as the kernel asks. */
  private static final int INITIAL_SIZE = 512 * 1024;

  private Reply table() {
    return calls.query(SystemInformationClass.PROCESS, INITIAL_SIZE);
  }

  /** The current entry of {@code pid}, if it is in the table. */
  Optional<ProcessEntry> find(int pid) {
    Reply t = table();
    return SystemProcessInformation.find(t.bytes(), t.address(), pid);
  }

  @Override
  public Instant bootTime() {
    return TimeOfDayInformation.bootTime(
        calls.query(SystemInformationClass.TIME_OF_DAY, TimeOfDayInformation.SIZE).bytes());
  }

  @Override
  public int[] pids() {
    return SystemProcessInformation.pids(table().bytes());
  }

  @Override
  public boolean pidExists(int pid) {
    return pid >= 0 && Arrays.binarySearch(pids(), pid) >= 0;
  }

  @Override
  public ProcessOps open(int pid) {
    return new WindowsProcess(
        this, find(pid).orElseThrow(() -> new NoSuchProcess(pid, null, "process PID not found")));
  }

  @Override
  public Map<Integer, Integer> ppidMap() {
    return SystemProcessInformation.ppidMap(table().bytes());
  }

  @Override
  public int signalNumber(Signal signal) {
    return WindowsSignals.of(signal);
  }

  @Override
  public int maxSignal() {
    return WindowsSignals.MAX_SIGNAL;
  }

  /** psutil's {@code users()}: the Remote Desktop Services sessions ({@link WindowsSessions}). */
  @Override
  public java.util.List<io.github.jpsutil.api.User> users() {
    return new WindowsSessions(new io.github.jpsutil.windows.acquire.SessionCalls(calls.api()))
        .users();
  }
}
