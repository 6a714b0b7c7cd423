package io.github.jpsutil.linux;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.linux.acquire.Pidfd;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;

/**
 * Waits for a process to exit, as psutil's {@code wait()} does on Linux (psutil/_psposix.py {@code
 * wait_pid}): event-driven with a pidfd and {@code poll(2)} where the kernel has pidfd_open, else
 * polling an exit check with sleeps that back off from 0.1 ms to 40 ms.
 *
 * <p>A pidfd becomes readable when the whole thread group has exited, i.e. once the process is a
 * zombie, whether or not its parent ever reaps it (for a non-child that matters: psutil then also
 * treats the process as exited).
 */
final class ProcessWaiter {
  /** The longest single poll, so an interrupt is noticed within this time. */
  private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private static final long FIRST_DELAY_NANOS = 100_000; // 0.1 ms, as psutil
  private static final long MAX_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(40);

  /**
   * @param timeoutNanos 0 = check once without blocking; {@code Long.MAX_VALUE} = no timeout
   * @return true once exited, false if the timeout passed first
   */
  boolean awaitExit(int pid, long timeoutNanos, IntPredicate gone) throws InterruptedException {
    if (timeoutNanos < 0) {
      throw new IllegalArgumentException("timeoutNanos must be >= 0, got " + timeoutNanos);
    }
    if (gone == null) {
      throw new IllegalArgumentException("gone must not be null");
    }
    Optional<Pidfd> pidfd;
    try {
      pidfd = Pidfd.open(pid);
    } catch (NoSuchProcess e) {
      return true;
    }
    if (pidfd.isPresent()) {
      try (Pidfd fd = pidfd.get()) {
        // The pidfd names whichever process holds the pid NOW. Checking after opening it (the
        // order LinuxProcessControl.sendSignal uses) tells whether that is still the awaited
        // process: if the pid was reused, the awaited one exited long ago, and polling the pidfd
        // would wait for the newcomer instead (found by the reliability suite's PidReuseTest).
        if (gone.test(pid)) {
          return true;
        }
        return pollPidfd(fd, timeoutNanos);
      }
    }
    return awaitByPolling(pid, timeoutNanos, gone);
  }

  private static boolean pollPidfd(Pidfd fd, long timeoutNanos) throws InterruptedException {
    if (timeoutNanos == 0) {
      return fd.awaitExit(0);
    }
    boolean forever = timeoutNanos == Long.MAX_VALUE;
    long deadline = System.nanoTime() + timeoutNanos;
    while (true) {
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while waiting for the process to exit");
      }
      long remaining = forever ? SLICE_NANOS : deadline - System.nanoTime();
      if (remaining <= 0) {
        return fd.awaitExit(0);
      }
      // Round up, so a remainder under 1 ms still blocks instead of spinning with poll(0).
      int sliceMillis =
          (int) TimeUnit.NANOSECONDS.toMillis(Math.min(remaining, SLICE_NANOS) + 999_999);
      // false also after EINTR: the loop re-checks the interrupt flag and the deadline.
      if (fd.awaitExit(sliceMillis)) {
        return true;
      }
    }
  }

  /** The fallback without pidfd; package-private so that tests can drive it on any kernel. */
  static boolean awaitByPolling(int pid, long timeoutNanos, IntPredicate gone)
      throws InterruptedException {
    boolean forever = timeoutNanos == Long.MAX_VALUE;
    long deadline = System.nanoTime() + timeoutNanos;
    long delay = FIRST_DELAY_NANOS;
    while (true) {
      if (gone.test(pid)) {
        return true;
      }
      long remaining = forever ? delay : deadline - System.nanoTime();
      if (remaining <= 0) {
        return false;
      }
      LockSupport.parkNanos(Math.min(delay, remaining));
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while waiting for the process to exit");
      }
      delay = Math.min(delay * 2, MAX_DELAY_NANOS);
    }
  }
}
