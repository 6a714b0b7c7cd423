package io.github.jpsutil.api;

/**
 * CPU event counters since boot (psutil's {@code scpustats}). {@code syscalls} is 0 on Linux, which
 * does not count them; {@code softInterrupts} is 0 on Windows and SunOS.
 *
 * @param ctxSwitches context switches
 * @param interrupts hardware interrupts
 * @param softInterrupts software interrupts
 * @param syscalls system calls
 */
public record CpuStats(long ctxSwitches, long interrupts, long softInterrupts, long syscalls) {
  /**
   * Checks the components.
   *
   * @param ctxSwitches context switches
   * @param interrupts hardware interrupts
   * @param softInterrupts software interrupts
   * @param syscalls system calls
   * @throws IllegalArgumentException if {@code ctxSwitches} or {@code interrupts} or {@code
   *     softInterrupts} or {@code syscalls} is negative; the message names the component and its
   *     value
   */
  public CpuStats {
    Check.nonNegative("ctxSwitches", ctxSwitches);
    Check.nonNegative("interrupts", interrupts);
    Check.nonNegative("softInterrupts", softInterrupts);
    Check.nonNegative("syscalls", syscalls);
  }
}
