package io.github.jpsutil;

import java.time.Duration;

/**
 * Durations as {@link System#nanoTime()} arithmetic, saturating: a timeout or interval too long for
 * a {@code long} of nanoseconds (about 292 years, e.g. {@code Duration.ofSeconds(Long.MAX_VALUE)})
 * means "forever" instead of an ArithmeticException (found by the reliability suite's bad-input
 * test).
 */
final class Deadline {
  /** A deadline this far away is never reached; {@link #of} returns it for "no deadline". */
  static final long NEVER = Long.MAX_VALUE;

  private Deadline() {}

  /** {@code d} in nanoseconds, or {@code Long.MAX_VALUE} if longer. */
  static long nanos(Duration d) {
    return d.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : d.toNanos();
  }

  /** The nanoTime at which {@code timeout} from now ends; {@link #NEVER} for null or too long. */
  static long of(Duration timeout) {
    if (timeout == null) {
      return NEVER;
    }
    long now = System.nanoTime();
    long n = nanos(timeout);
    return n > NEVER - now - 1 ? NEVER : now + n;
  }

  /** The nanoseconds left until {@code deadline}, at least 0; {@code Long.MAX_VALUE} for NEVER. */
  static long left(long deadline) {
    return deadline == NEVER ? Long.MAX_VALUE : Math.max(0, deadline - System.nanoTime());
  }

  /** psutil's seconds for a TimeoutExpired message. */
  static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }
}
