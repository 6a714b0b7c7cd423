package io.github.jpsutil.api;

/**
 * One thread of a process (psutil's {@code pthread}).
 *
 * @param id the native thread id (Linux TID)
 * @param userTime CPU seconds in user mode
 * @param systemTime CPU seconds in kernel mode
 */
public record ProcessThread(int id, double userTime, double systemTime) {
  /**
   * Checks the components.
   *
   * @param id the native thread id (Linux TID)
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
