package io.github.jpsutil.api;

/**
 * One thread of a process (psutil's {@code pthread}).
 *
 * @param id the native thread id: the TID on Linux, FreeBSD, SunOS (LWP id) and Windows; on macOS
 *     the 64-bit thread handle {@code proc_pidinfo(PROC_PIDLISTTHREADS)} lists, as psutil reports
 *     it (it does not fit an {@code int})
 * @param userTime CPU seconds in user mode
 * @param systemTime CPU seconds in kernel mode
 */
public record ProcessThread(long id, double userTime, double systemTime) {
  /**
   * Checks the components.
   *
   * @param id the native thread id (Linux TID, Windows thread id, macOS 64-bit thread id)
   * @param userTime CPU seconds in user mode
   * @param systemTime CPU seconds in kernel mode
   * @throws IllegalArgumentException if {@code userTime} or {@code systemTime} is negative; the
   *     message names the component and its value
   */
  public ProcessThread {
    Check.nonNegative("userTime", userTime);
    Check.nonNegative("systemTime", systemTime);
  }
}
