package io.github.jpsutil.metrics;

import java.util.function.ToDoubleFunction;

/**
 * One family of meters fed by one reading of jpsutil per refresh (e.g. every per-CPU time from one
 * {@code perCpuTimes()} call). The latest sample is published through a volatile field, so meters
 * read a consistent sample without locking; the binder calls {@link #refresh()} under its lock.
 *
 * @param <S> the immutable sample
 */
abstract class Group<S> {
  private volatile S current;

  /** What the group is, for log messages, e.g. {@code "disk"}. */
  abstract String name();

  /**
   * Reads a new sample.
   *
   * @param previous the sample before, for deltas; null on the first call or after a failure
   */
  abstract S read(S previous);

  /** Brings the registered meters in line with {@code sample} (new devices, exited processes). */
  abstract void sync(S sample);

  /**
   * Takes a new sample and syncs the meters. When reading fails, the meters read NaN until a later
   * refresh succeeds: a value that could not be read is never reported as the old one.
   */
  final void refresh() {
    S previous = current;
    S next;
    try {
      next = read(previous);
    } catch (RuntimeException e) {
      current = null;
      throw e;
    }
    current = next;
    sync(next);
  }

  /** {@code f} of the current sample; NaN when there is none. */
  final double value(ToDoubleFunction<S> f) {
    S s = current;
    return s == null ? Double.NaN : f.applyAsDouble(s);
  }

  /** The current sample, or null. */
  final S current() {
    return current;
  }
}
