package io.github.jpsutil.posix;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.posix.jna.LibcPriority;

/**
 * A process's nice value through {@code getpriority(2)}/{@code setpriority(2)} with {@code
 * PRIO_PROCESS}, errno translated by {@link NativeErrors}.
 */
public final class Priorities {
  private Priorities() {}

  /**
   * The nice value of {@code pid}, -20 (most favourable) to 19 on Linux (20 on some BSDs).
   *
   * @param pid the process
   * @return the nice value ({@code getpriority(PRIO_PROCESS, pid)})
   * @throws IllegalArgumentException if {@code pid} is not positive (0 would mean the caller)
   */
  public static int nice(int pid) {
    requirePid(pid);
    try {
      return LibcPriority.getpriority(LibcPriority.PRIO_PROCESS, pid);
    } catch (LastErrorException e) {
      throw NativeErrors.translate(e, "getpriority", pid);
    }
  }

  /**
   * Sets the nice value of {@code pid}. Lowering it needs privilege (CAP_SYS_NICE on Linux, or an
   * RLIMIT_NICE that allows it): EPERM/EACCES become {@link io.github.jpsutil.api.AccessDenied}.
   *
   * @param pid the process
   * @param value the new nice value
   * @throws IllegalArgumentException if {@code pid} is not positive; the range of {@code value} is
   *     the caller's to check, as it differs per OS
   */
  public static void setNice(int pid, int value) {
    requirePid(pid);
    try {
      LibcPriority.setpriority(LibcPriority.PRIO_PROCESS, pid, value);
    } catch (LastErrorException e) {
      throw NativeErrors.translate(e, "setpriority", pid);
    }
  }

  private static void requirePid(int pid) {
    if (pid <= 0) {
      throw new IllegalArgumentException("pid must be > 0, got " + pid);
    }
  }
}
