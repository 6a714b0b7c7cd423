package io.github.jpsutil.sunos;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.spi.ProcessSource;
import io.github.jpsutil.spi.SignalTable;
import io.github.jpsutil.sunos.acquire.SunOsFiles;
import io.github.jpsutil.sunos.acquire.SunOsNative;
import io.github.jpsutil.sunos.parse.PsInfo;
import java.util.HashMap;
import java.util.Map;

/** Processes from the {@code /proc/<pid>} directories under the configured procfs root. */
record SunOsProcesses(SunOsFiles files, SunOsNative lib) implements ProcessSource {
  /**
   * illumos {@code sys/iso/signal_iso.h}: 7 is SIGEMT, 19 SIGPWR, 22 SIGPOLL (psutil's SIGIO);
   * {@code _SIGRTMAX} 73 is the last real-time signal.
   */
  private static final SignalTable SIGNALS =
      SignalTable.inNumberOrder(
          "SunOS",
          73,
          "HUP INT QUIT ILL TRAP ABRT - FPE KILL BUS SEGV SYS PIPE ALRM TERM USR1 USR2 CHLD - WINCH"
              + " URG IO STOP TSTP CONT TTIN TTOU VTALRM PROF XCPU XFSZ");

  @Override
  public ProcessOps open(int pid) {
    try {
      return new SunOsProcess(files, lib, PsInfo.decode(files.read(pid, "psinfo")));
    } catch (NoSuchProcess e) {
      throw new NoSuchProcess(pid, null, "process PID not found");
    }
  }

  /**
   * pid → ppid from every psinfo; processes that exit during the scan, and psinfo files that are
   * denied (pid 0 in a zone), are left out, as psutil's {@code ppid_map}.
   */
  @Override
  public Map<Integer, Integer> ppidMap() {
    Map<Integer, Integer> out = new HashMap<>();
    for (int pid : files.pids()) {
      try {
        out.put(pid, PsInfo.decode(files.read(pid, "psinfo")).ppid());
      } catch (NoSuchProcess | AccessDenied e) {
        // gone or hidden since the listing
      }
    }
    return out;
  }

  @Override
  public int signalNumber(Signal signal) {
    return SIGNALS.number(signal);
  }

  @Override
  public int maxSignal() {
    return SIGNALS.max();
  }
}
