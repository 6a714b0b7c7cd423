package io.github.jpsutil.api;

/**
 * Context switches of a process (psutil's {@code pctxsw}). On Windows and macOS {@code voluntary}
 * is the total and {@code involuntary} 0.
 *
 * @param voluntary switches because the process waited (blocked on I/O, a lock, sleep)
 * @param involuntary switches because the scheduler preempted the process
 */
public record CtxSwitches(long voluntary, long involuntary) {
  /**
   * Checks the components.
   *
   * @param voluntary switches because the process waited (blocked on I/O, a lock, sleep)
   * @param involuntary switches because the scheduler preempted the process
   * @throws IllegalArgumentException if {@code voluntary} or {@code involuntary} is negative; the
   *     message names the component and its value
   */
  public CtxSwitches {
    Check.nonNegative("voluntary", voluntary);
    Check.nonNegative("involuntary", involuntary);
  }
}
