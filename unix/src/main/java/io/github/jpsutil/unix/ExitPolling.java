package io.github.jpsutil.unix;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waiting for a process that is not the caller's child by polling, as psutil's {@code
 * _psposix.wait_pid} does where the OS gives no exit event: check, sleep 0.1 ms, and double the
 * sleep up to 40 ms between checks.
 */
public final class ExitPolling {
  private ExitPolling() {}

  private static final long FIRST_SLEEP = TimeUnit.MICROSECONDS.toNanos(100);
  private static final long LONGEST_SLEEP = TimeUnit.MILLISECONDS.toNanos(40);

  /**
   * Polls {@code exited} until it answers true or {@code timeoutNanos} have passed.
   *
   * @param timeoutNanos 0 for one check, {@code Long.MAX_VALUE} to wait forever
   * @param exited whether the process is gone (or a zombie no one reaps); its exceptions propagate
   * @return true once {@code exited} answered true, false when the time ran out first
   * @throws InterruptedException if the waiting thread is interrupted while it sleeps
   */
  public static boolean await(long timeoutNanos, BooleanSupplier exited)
      throws InterruptedException {
    long start = System.nanoTime();
    long sleep = FIRST_SLEEP;
    while (!exited.getAsBoolean()) {
      long left = timeoutNanos - (System.nanoTime() - start);
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.sleep(Math.min(sleep, left));
      sleep = Math.min(sleep * 2, LONGEST_SLEEP);
    }
    return true;
  }
}
