package io.github.jpsutil;

import io.github.jpsutil.api.TimeoutExpired;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Calls that give up after a timeout ({@link Psutil#withTimeout}, {@link Psutil#diskUsage(String,
 * Duration)}): each runs on a daemon worker thread while the caller waits at most the timeout.
 *
 * <p>A thread blocked in a system call (statvfs on a dead NFS or FUSE mount, a read of a process in
 * D state) cannot be stopped from Java, so a timed-out call stays behind on its worker until the
 * kernel returns. Two rules keep that bounded: at most {@link #MAX_WORKERS} calls run at once (a
 * call that finds them all busy waits for one within its own timeout), and a call with a key (the
 * path of diskUsage) joins a still-running call with the same key instead of starting another, so
 * polling a dead mount does not pile up threads.
 */
final class BoundedCalls {
  /** Calls running at most; more wait, within their own timeout, for one to end. */
  static final int MAX_WORKERS = 16;

  private final Semaphore permits = new Semaphore(MAX_WORKERS);
  private final ConcurrentHashMap<Object, FutureTask<Object>> running = new ConcurrentHashMap<>();
  private final AtomicInteger threadNumber = new AtomicInteger();
  private volatile ExecutorService pool;

  /**
   * Runs {@code call} on a worker and returns its result, or throws what it threw.
   *
   * @param key calls with an equal non-null key share one run while it lasts; null for none
   * @throws TimeoutExpired if no result came within {@code timeout}
   * @throws IllegalArgumentException if {@code timeout} is zero or negative
   */
  <T> T call(Object key, Duration timeout, Supplier<? extends T> call) throws InterruptedException {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(call, "call");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    long deadline = Deadline.of(timeout);
    FutureTask<Object> task = new FutureTask<>(call::get);
    if (key != null) {
      FutureTask<Object> earlier = running.putIfAbsent(key, task);
      if (earlier != null) {
        return await(earlier, false, deadline, timeout);
      }
    }
    launch(task, key, deadline, timeout);
    return await(task, key == null, deadline, timeout);
  }

  private void launch(FutureTask<Object> task, Object key, long deadline, Duration timeout)
      throws InterruptedException {
    boolean admitted = false;
    try {
      admitted = permits.tryAcquire(nanosLeft(deadline), TimeUnit.NANOSECONDS);
    } finally {
      if (!admitted && key != null) {
        running.remove(key, task);
        task.cancel(false); // callers that joined it see TimeoutExpired
      }
    }
    if (!admitted) {
      throw expired(timeout); // every worker is still busy with an earlier call
    }
    Runnable worker =
        () -> {
          try {
            task.run(); // returns at once if the task was cancelled before it started
          } finally {
            if (key != null) {
              running.remove(key, task);
            }
            permits.release();
          }
        };
    try {
      pool().execute(worker);
    } catch (RuntimeException e) {
      if (key != null) {
        running.remove(key, task);
      }
      permits.release();
      throw e;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T await(
      FutureTask<Object> task, boolean cancelOnTimeout, long deadline, Duration timeout)
      throws InterruptedException {
    try {
      return (T) task.get(nanosLeft(deadline), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      if (cancelOnTimeout) {
        task.cancel(true); // stops calls that wait in Java (sleeps, polls); harmless otherwise
      }
      throw expired(timeout);
    } catch (CancellationException e) {
      throw expired(timeout);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private ExecutorService pool() {
    ExecutorService p = pool;
    if (p == null) {
      synchronized (this) {
        p = pool;
        if (p == null) {
          // Threads are made on demand and end after 30 s idle; the semaphore, not the pool,
          // bounds how many calls run (a thread that has just released its permit may not be
          // idle yet, so the pool itself must not refuse work).
          p =
              new ThreadPoolExecutor(
                  0,
                  Integer.MAX_VALUE,
                  30,
                  TimeUnit.SECONDS,
                  new SynchronousQueue<>(),
                  r -> {
                    Thread t = new Thread(r, "jpsutil-bounded-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                  });
          pool = p;
        }
      }
    }
    return p;
  }

  private static long nanosLeft(long deadline) {
    return Deadline.left(deadline);
  }

  private static TimeoutExpired expired(Duration timeout) {
    return new TimeoutExpired(Deadline.seconds(timeout), null, null);
  }
}
