package io.github.jpsutil.linux;

import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.Signal;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The syscalls that act on or ask the kernel about one process: signals (through pidfd where the
 * kernel has it), priorities, I/O priorities, resource limits, CPU affinity, and waiting for exit.
 * Errors are translated here: ESRCH → NoSuchProcess, EPERM/EACCES → AccessDenied.
 */
final class LinuxProcessControl {
  LinuxProcessControl() {}

  /**
   * Sends {@code signum} to {@code pid} only if its start time (ticks since boot, field 22 of
   * {@code /proc/<pid>/stat}) still equals {@code identity}; with pidfd the check and the signal
   * cannot race with PID reuse.
   */
  void sendSignal(int pid, int signum, OptionalLong identity, StartTimeReader startTime) {
    throw new UnsupportedOperationException("sendSignal: not implemented yet");
  }

  /** Reads a process's current start time, for the identity check. */
  interface StartTimeReader {
    long startTicks(int pid);
  }

  int signalNumber(Signal signal) {
    throw new UnsupportedOperationException("signalNumber: not implemented yet");
  }

  int maxSignal() {
    throw new UnsupportedOperationException("maxSignal: not implemented yet");
  }

  int getNice(int pid) {
    throw new UnsupportedOperationException("getNice: not implemented yet");
  }

  void setNice(int pid, int value) {
    throw new UnsupportedOperationException("setNice: not implemented yet");
  }

  IoNice getIonice(int pid) {
    throw new UnsupportedOperationException("getIonice: not implemented yet");
  }

  void setIonice(int pid, IoNice value) {
    throw new UnsupportedOperationException("setIonice: not implemented yet");
  }

  ResourceLimit getRlimit(int pid, Rlimit resource) {
    throw new UnsupportedOperationException("getRlimit: not implemented yet");
  }

  void setRlimit(int pid, Rlimit resource, ResourceLimit limits) {
    throw new UnsupportedOperationException("setRlimit: not implemented yet");
  }

  Set<Integer> getAffinity(int pid) {
    throw new UnsupportedOperationException("getAffinity: not implemented yet");
  }

  void setAffinity(int pid, Set<Integer> cpus) {
    throw new UnsupportedOperationException("setAffinity: not implemented yet");
  }

  /**
   * Waits for {@code pid} to exit: pidfd + poll where the kernel has pidfd_open (5.3+), else polls
   * {@code /proc/<pid>} with backoff. {@code timeoutNanos} 0 is a non-blocking check.
   */
  boolean awaitExit(int pid, long timeoutNanos, ExitCheck gone) throws InterruptedException {
    throw new UnsupportedOperationException("awaitExit: not implemented yet");
  }

  /** Whether the process is gone (no /proc entry) or a zombie, for the polling fallback. */
  interface ExitCheck {
    boolean exited(int pid);
  }
}
