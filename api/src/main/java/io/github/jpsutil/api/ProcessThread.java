package io.github.jpsutil.api;

/**
 * One thread of a process (psutil's {@code pthread}).
 *
 * @param id the native thread id (Linux TID)
 * @param userTime CPU seconds in user mode
 * @param systemTime CPU seconds in kernel mode
 */
public record ProcessThread(int id, double userTime, double systemTime) {
  public ProcessThread {
    Check.nonNegative("userTime", userTime);
    Check.nonNegative("systemTime", systemTime);
  }
}
