package io.github.jpsutil;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The opt-in parallel form of {@code processIter(attrs, adValue)} ({@link
 * Builder#scanThreads(int)}): the pid table read once, then each process's handle and prefetch made
 * on {@code threads} threads (the caller's and {@code threads - 1} pool threads), taking the pids
 * in chunks from one counter, and the results put back in pid order. Each process is read exactly
 * as the serial scan reads it (same handle cache, same oneshot scope and identity check), so the
 * results are the serial scan's; only the order in which processes are read differs. Small tables
 * are scanned serially: below {@link #MIN_PROCESSES} the hand-off costs more than it saves.
 */
final class ParallelScan {
  /** Below this many pids the serial scan is faster (measured on 2 cores: ~100 µs of hand-off). */
  static final int MIN_PROCESSES = 256;

  /** Pids taken per grab of the counter: few enough to balance, many enough to rarely contend. */
  private static final int CHUNK = 32;

  /** How a worker makes one pid's handle: ProcessTable's handleFor. */
  @FunctionalInterface
  interface HandleMaker {
    OsProcess make(int pid);
  }

  private final int threads;
  private volatile ThreadPoolExecutor pool;

  ParallelScan(int threads) {
    this.threads = threads;
  }

  int threads() {
    return threads;
  }

  /** The handles of {@code pids} in their order, without the nulls (processes gone meanwhile). */
  List<OsProcess> run(int[] pids, HandleMaker maker) {
    OsProcess[] slots = new OsProcess[pids.length];
    AtomicInteger next = new AtomicInteger();
    Runnable work =
        () -> {
          int from;
          while ((from = next.getAndAdd(CHUNK)) < pids.length) {
            int to = Math.min(from + CHUNK, pids.length);
            for (int i = from; i < to; i++) {
              slots[i] = maker.make(pids[i]);
            }
          }
        };
    ThreadPoolExecutor p = pool();
    List<Future<?>> helpers = new ArrayList<>(threads - 1);
    for (int i = 1; i < threads; i++) {
      helpers.add(p.submit(work));
    }
    RuntimeException failure = null;
    try {
      work.run();
    } catch (RuntimeException e) {
      failure = e;
      next.set(pids.length); // the helpers stop at their next grab
    }
    for (Future<?> f : helpers) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = rethrowable(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        next.set(pids.length);
        if (failure == null) {
          failure = new IllegalStateException("interrupted while scanning processes", e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    List<OsProcess> out = new ArrayList<>(pids.length);
    for (OsProcess h : slots) {
      if (h != null) {
        out.add(h);
      }
    }
    return out;
  }

  /** What a helper threw, as the serial scan would have thrown it on the caller's thread. */
  private static RuntimeException rethrowable(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }

  /** Daemon threads, made on first use and ended after 30 s idle. */
  private ThreadPoolExecutor pool() {
    ThreadPoolExecutor p = pool;
    if (p == null) {
      synchronized (this) {
        p = pool;
        if (p == null) {
          AtomicInteger n = new AtomicInteger();
          p =
              new ThreadPoolExecutor(
                  threads - 1,
                  threads - 1,
                  30,
                  TimeUnit.SECONDS,
                  new LinkedBlockingQueue<>(),
                  r -> {
                    Thread t = new Thread(r, "jpsutil-scan-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                  });
          p.allowCoreThreadTimeOut(true);
          pool = p;
        }
      }
    }
    return p;
  }
}
