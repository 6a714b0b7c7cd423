package io.github.jpsutil.spi;

import java.time.Duration;

/**
 * Process start, exec and exit events (not in psutil; gh-899). Each mode is its own method so that
 * {@link FeatureDerivation} can tell which ones a backend built: {@code
 * Feature.PROCESS_EVENTS_CONNECTOR} needs {@link #openConnector} and {@link #connectorPermitted},
 * {@code Feature.PROCESS_EVENTS_SCAN} needs {@link #openScan}. Every method defaults to {@link
 * UnsupportedOperationException}, so a backend without events writes nothing.
 *
 * <p>A monitor runs on its own thread and calls its {@link EventSink} from there; {@link
 * EventMonitor#close()} stops and joins that thread.
 */
public interface EventSource {
  /**
   * Whether this process may open the kernel's event channel right now (it is a privilege check,
   * e.g. {@code CAP_NET_ADMIN} for Linux's process connector, made by trying it).
   *
   * @return true if {@link #openConnector} would succeed now
   */
  default boolean connectorPermitted() {
    throw Unsupported.of(this, "process_events(connector)");
  }

  /**
   * Starts delivering every start, exec and exit the kernel reports.
   *
   * @param sink where the monitor's thread delivers
   * @return the running monitor; closing it stops delivery
   * @throws io.github.jpsutil.api.AccessDenied when this process may not open the channel
   */
  default EventMonitor openConnector(EventSink sink) {
    throw Unsupported.of(this, "process_events(connector)");
  }

  /**
   * Starts the unprivileged fallback: a scan of the process table every {@code interval} for
   * starts, and a watch on each process seen so that its exit is reported.
   *
   * @param interval time between scans
   * @param sink where the monitor's thread delivers
   * @return the running monitor; closing it stops delivery
   */
  default EventMonitor openScan(Duration interval, EventSink sink) {
    throw Unsupported.of(this, "process_events(scan)");
  }
}
