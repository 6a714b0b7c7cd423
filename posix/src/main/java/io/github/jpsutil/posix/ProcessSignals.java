package io.github.jpsutil.posix;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.posix.jna.LibcKill;

/** {@code kill(2)} on one process, with errno translated by {@link NativeErrors}. */
public final class ProcessSignals {
  private ProcessSignals() {}

  /**
   * Sends {@code signum} to the process {@code pid}; signal 0 only checks that it exists and may be
   * signalled.
   *
   * @param pid the process
   * @param signum the OS's signal number, 0 to probe
   * @throws IllegalArgumentException if {@code pid} is not positive (0 and negative pids address
   *     process groups or every process) or {@code signum} is negative
   * @throws io.github.jpsutil.api.NoSuchProcess ESRCH
   * @throws io.github.jpsutil.api.AccessDenied EPERM
   */
  public static void kill(int pid, int signum) {
    if (pid <= 0) {
      throw new IllegalArgumentException("pid must be > 0, got " + pid);
    }
    if (signum < 0) {
      throw new IllegalArgumentException("signum must be >= 0, got " + signum);
    }
    try {
      LibcKill.INSTANCE.kill(pid, signum);
    } catch (LastErrorException e) {
      throw NativeErrors.translate(e, "kill", pid);
    }
  }
}
