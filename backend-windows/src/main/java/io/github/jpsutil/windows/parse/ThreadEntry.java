package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.ProcessThread;

/**
 * One {@code SYSTEM_THREAD_INFORMATION} of a process entry (see {@link SystemProcessInformation}):
 * times in seconds, {@code state} a {@code KTHREAD_STATE}, {@code waitReason} a {@code
 * KWAIT_REASON}.
 */
public record ThreadEntry(
    int id, double userTime, double kernelTime, long contextSwitches, int state, int waitReason) {

  /** {@code KTHREAD_STATE.Waiting}. */
  static final int WAITING = 5;

  /** {@code KWAIT_REASON.Suspended}. */
  static final int SUSPENDED = 5;

  /** Whether the thread waits because it was suspended (psutil's test in proc_oneshot). */
  public boolean isSuspended() {
    return state == WAITING && waitReason == SUSPENDED;
  }

  /** psutil's {@code pthread}. */
  public ProcessThread toProcessThread() {
    return new ProcessThread(id, userTime, kernelTime);
  }
}
