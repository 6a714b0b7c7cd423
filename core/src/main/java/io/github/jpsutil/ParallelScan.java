package io.github.jpsutil;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The opt-in parallel form of {@code processIter(attrs, adValue)} ({@link
 * Builder#scanThreads(int)}): the pid table read once, then each process's handle and prefetch made
 * on {@code threads} threads (the caller's and {@code threads - 1} pool threads), each taking the
 * next pid from one counter, and the results put back in pid order. Each process is read exactly as
 * the serial scan reads it (same handle cache, same oneshot scope and identity check), so the
 * results are the serial scan's; only the order in which processes are read differs. Small tables
 * are scanned serially: below {@link #MIN_PROCESSES} the hand-off costs more than it saves.
 *
 * <p>The caller waits for the processes a helper has taken, never for a helper: on a loaded machine
 * a helper may get its first time slice only after the caller has taken every pid, and then finds
 * none left and does nothing. Taking one pid at a time bounds what the caller can wait for to the
 * one process each helper is reading (tens of microseconds of work), where a chunk of pids held by
 * a helper the scheduler preempted would hold the whole scan.
 */
final class ParallelScan {
  /** Below this many pids the serial scan is faster (measured on 2 cores: ~100 µs of hand-off). */
  static final int MIN_PROCESSES = 256;

  /** How a worker makes one pid's handle: ProcessTable's handleFor. */
  @FunctionalInterface
  interface HandleMaker {
    OsProcess make(int pid);
  }

  private final int threads;
  private final Executor fixedHelpers;
  private volatile ThreadPoolExecutor pool;

  ParallelScan(int threads) {
    this(threads, null);
  }

  /** With the helpers' executor given (tests); null for the scan's own daemon pool. */
  ParallelScan(int threads, Executor helpers) {
    this.threads = threads;
    this.fixedHelpers = helpers;
  }

  int threads() {
    return threads;
  }

  /** The handles of {@code pids} in their order, without the nulls (processes gone meanwhile). */
  List<OsProcess> run(int[] pids, HandleMaker maker) {
    Scan scan = new Scan(pids, maker, Thread.currentThread());
    Executor helpers = fixedHelpers != null ? fixedHelpers : pool();
    for (int i = 1; i < threads; i++) {
      helpers.execute(scan);
    }
    scan.run();
    scan.awaitTaken();
    Throwable failure = scan.failure.get();
    if (failure != null) {
      throw rethrowable(failure);
    }
    List<OsProcess> out = new ArrayList<>(pids.length);
    for (OsProcess h : scan.slots) {
      if (h != null) {
        out.add(h);
      }
    }
    return out;
  }

  /** One scan's shared state; run by the caller and by each helper. */
  private static final class Scan implements Runnable {
    private final int[] pids;
    private final HandleMaker maker;
    private final Thread caller;
    final OsProcess[] slots;

    /** The index of the next pid to take; at or past the end when none is left. */
    private final AtomicInteger next = new AtomicInteger();

    /** Pids not yet read (or given up after a failure); the caller waits for 0. */
    private final AtomicInteger unfinished;

    final AtomicReference<Throwable> failure = new AtomicReference<>();

    Scan(int[] pids, HandleMaker maker, Thread caller) {
      this.pids = pids;
      this.maker = maker;
      this.caller = caller;
      this.slots = new OsProcess[pids.length];
      this.unfinished = new AtomicInteger(pids.length);
    }

    @Override
    public void run() {
      int i;
      while ((i = next.getAndIncrement()) < pids.length) {
        int done = 1;
        try {
          slots[i] = maker.make(pids[i]);
        } catch (Throwable t) { // handed to the caller, who rethrows it (an Error as it is)
          failure.compareAndSet(null, t);
          // No pid is taken after this; those never taken count as finished, so the caller wakes.
          done += pids.length - Math.min(pids.length, next.getAndSet(pids.length));
        }
        // The slot's write happens-before the caller's read that follows its seeing 0 here.
        if (unfinished.addAndGet(-done) == 0 && Thread.currentThread() != caller) {
          LockSupport.unpark(caller);
        }
      }
    }

    /** Waits until every taken pid is read; interrupted, it stops the helpers and throws. */
    void awaitTaken() {
      while (unfinished.get() > 0) {
        LockSupport.park(this);
        if (Thread.interrupted()) {
          next.set(pids.length); // the helpers stop at their next pid
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while scanning processes");
        }
      }
    }
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
