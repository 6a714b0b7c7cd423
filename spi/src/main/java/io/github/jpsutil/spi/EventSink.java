package io.github.jpsutil.spi;

import io.github.jpsutil.api.ProcessEvent;

/**
 * Where an {@link EventMonitor} delivers. Called from the monitor's own thread only, in the order
 * the events happened per pid; implementations must not block for long (core's buffer does not).
 */
public interface EventSink {
  /**
   * One start, exec or exit (never a {@link ProcessEvent.Dropped}: losses go to the methods below).
   *
   * @param event the event
   */
  void accept(ProcessEvent event);

  /** The kernel said its buffer overflowed: at least one event was lost there. */
  void kernelOverflow();

  /**
   * The monitor cannot go on (its thread ends after this call); no more events follow.
   *
   * @param cause why, e.g. the socket's read failed
   */
  void failed(RuntimeException cause);
}
