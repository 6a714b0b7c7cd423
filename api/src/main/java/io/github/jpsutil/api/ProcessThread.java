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
  public ProcessThread {
    Check.nonNegative("userTime", userTime);
    Check.nonNegative("systemTime", systemTime);
  }
}
