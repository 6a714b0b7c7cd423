package io.github.jpsutil.itests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a live system to reach a state, and retrying comparisons with moving values. */
final class Eventually {
  private Eventually() {}

  /** An assertion that may throw. */
  interface Check {
    void run() throws Exception;
  }

  /** Waits until {@code condition} holds, polling every 20 ms; fails after {@code timeout}. */
  static void until(Duration timeout, String what, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  /**
   * Runs {@code check} up to {@code times} times, 50 ms apart, until it passes (psutil's {@code
   * retry_on_failure}: a value read by two programs may move between the two reads).
   */
  static void retry(int times, Check check) throws Exception {
    for (int i = 1; ; i++) {
      try {
        check.run();
        return;
      } catch (AssertionError | Exception e) {
        if (i >= times) {
          throw e;
        }
        Thread.sleep(50);
      }
    }
  }
}
