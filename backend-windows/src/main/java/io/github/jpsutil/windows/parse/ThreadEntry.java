package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.ProcessThread;

/**
 * One {@code SYSTEM_THREAD_INFORMATION} of a process entry (see {@link SystemProcessInformation}).
 *
 * @param id the thread id ({@code ClientId.UniqueThread})
 * @param userTime seconds in user mode
 * @param kernelTime seconds in kernel mode
 * @param contextSwitches context switches of the thread
 * @param state {@code KTHREAD_STATE} ({@code Waiting} = 5)
 * @param waitReason {@code KWAIT_REASON} ({@code Suspended} = 5)
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
