package io.github.jpsutil.spi;

/** A running event source (see {@link EventSource}); closing it stops and joins its thread. */
public interface EventMonitor extends AutoCloseable {
  /**
   * Stops delivering, releases the kernel resources (sockets, pidfds) and waits for the monitor's
   * thread to end. Idempotent; must not be called from the monitor's own thread.
   */
  @Override
  void close();
}
