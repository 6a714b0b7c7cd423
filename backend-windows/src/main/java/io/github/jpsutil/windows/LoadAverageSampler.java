package io.github.jpsutil.windows;

import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.windows.acquire.QueueLengthCounter;
import io.github.jpsutil.windows.acquire.WindowsApi;
import io.github.jpsutil.windows.parse.CounterValue;
import io.github.jpsutil.windows.parse.LoadDamping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * psutil's Windows getloadavg() emulation (arch/windows/wmi.c, {@code _pswindows.getloadavg}): the
 * first call opens the Processor Queue Length counter and starts sampling it every 5 s; each call
 * answers the damped averages so far, (0.0, 0.0, 0.0) until the first sample, rounded to 2
 * decimals. No thread exists before the first call. The sampling thread is a daemon and, as
 * psutil's wait callback, lives as long as the JVM (a backend has no close).
 */
final class LoadAverageSampler {
  /** Runs a task every period, first after one period. */
  interface Ticker {
    void every(Duration period, Runnable task);
  }

  /** One daemon thread, "jpsutil-getloadavg". */
  static final Ticker DAEMON =
      (period, task) -> {
        ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(
                r -> {
                  Thread t = new Thread(r, "jpsutil-getloadavg");
                  t.setDaemon(true);
                  return t;
                });
        timer.scheduleAtFixedRate(
            task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
      };

  private final WindowsApi api;
  private final Ticker ticker;

  /** Null until the counter is open; set once. */
  private QueueLengthCounter counter;

  private volatile LoadDamping averages = LoadDamping.ZERO;
  private volatile RuntimeException lastFailure;

  LoadAverageSampler(WindowsApi api, Ticker ticker) {
    this.api = api;
    this.ticker = ticker;
  }

  /**
   * The averages so far.
   *
   * @throws UncheckedIOException if the counter cannot be opened (then the next call tries again,
   *     as psutil initializes only on success) or the latest sample failed (naming why)
   */
  LoadAverage current() {
    startOnce();
    RuntimeException failed = lastFailure;
    if (failed != null) {
      throw new UncheckedIOException(
          new IOException("getloadavg: the latest sample failed: " + failed.getMessage(), failed));
    }
    return averages.rounded();
  }

  private synchronized void startOnce() {
    if (counter == null) {
      counter = QueueLengthCounter.open(api);
      ticker.every(Duration.ofSeconds(LoadDamping.SAMPLING_SECONDS), this::sample);
    }
  }

  /** One tick; runs on the ticker's single thread, so the read-modify-write needs no lock. */
  void sample() {
    try {
      averages = averages.next(CounterValue.decode(counter.sample()));
      lastFailure = null;
    } catch (RuntimeException e) {
      lastFailure = e;
    }
  }
}
