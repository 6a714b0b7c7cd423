package io.github.jpsutil.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code Psutil.processEvents(…)} observes processes.
 *
 * @param mode the mode to use; empty = the connector when this process may use it, else the scan
 * @param scanInterval how often the {@link ProcessEventMode#PROC_SCAN} fallback rescans {@code
 *     /proc} (1 ms to 1 hour); ignored by the connector
 * @param bufferCapacity how many events wait for a slow subscriber before new ones are dropped and
 *     counted (1 to 16,777,216)
 */
public record ProcessEventOptions(
    Optional<ProcessEventMode> mode, Duration scanInterval, int bufferCapacity) {
  /** The fallback's default rescan interval: 100 ms. */
  public static final Duration DEFAULT_SCAN_INTERVAL = Duration.ofMillis(100);

  /** The default buffer: 65,536 events. */
  public static final int DEFAULT_BUFFER_CAPACITY = 1 << 16;

  private static final int MAX_BUFFER_CAPACITY = 1 << 24;

  /**
   * Checks the components.
   *
   * @param mode the mode to use; empty = the connector when this process may use it, else the scan
   * @param scanInterval how often the {@link ProcessEventMode#PROC_SCAN} fallback rescans {@code
   *     /proc} (1 ms to 1 hour); ignored by the connector
   * @param bufferCapacity how many events wait for a slow subscriber before new ones are dropped
   *     and counted (1 to 16,777,216)
   * @throws IllegalArgumentException if a component is out of range; the message says which
   */
  public ProcessEventOptions {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(scanInterval, "scanInterval");
    if (scanInterval.compareTo(Duration.ofMillis(1)) < 0
        || scanInterval.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException(
          "scanInterval must be between 1 ms and 1 hour, got " + scanInterval);
    }
    if (bufferCapacity < 1 || bufferCapacity > MAX_BUFFER_CAPACITY) {
      throw new IllegalArgumentException(
          "bufferCapacity must be 1.." + MAX_BUFFER_CAPACITY + ", got " + bufferCapacity);
    }
  }

  /** {@return automatic mode, a 100 ms scan interval, a 65,536-event buffer} */
  public static ProcessEventOptions defaults() {
    return new ProcessEventOptions(
        Optional.empty(), DEFAULT_SCAN_INTERVAL, DEFAULT_BUFFER_CAPACITY);
  }

  /**
   * These options with the mode forced instead of chosen automatically.
   *
   * @param mode the event source to use
   * @return new options; this instance is unchanged
   * @throws NullPointerException if {@code mode} is null
   */
  public ProcessEventOptions withMode(ProcessEventMode mode) {
    return new ProcessEventOptions(
        Optional.of(Objects.requireNonNull(mode, "mode")), scanInterval, bufferCapacity);
  }

  /**
   * These options with another scan interval.
   *
   * @param interval how often the {@code /proc} scan runs, 1 ms to 1 hour
   * @return new options; this instance is unchanged
   * @throws IllegalArgumentException if {@code interval} is outside 1 ms to 1 hour
   */
  public ProcessEventOptions withScanInterval(Duration interval) {
    return new ProcessEventOptions(mode, interval, bufferCapacity);
  }

  /**
   * These options with another buffer capacity.
   *
   * @param capacity events that may wait for a slow subscriber, 1 to {@link #MAX_BUFFER_CAPACITY}
   * @return new options; this instance is unchanged
   * @throws IllegalArgumentException if {@code capacity} is out of that range
   */
  public ProcessEventOptions withBufferCapacity(int capacity) {
    return new ProcessEventOptions(mode, scanInterval, capacity);
  }
}
