package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How {@link ParallelScan} shares the pids among its threads: each pid read once, results in pid
 * order, a helper that never runs does not hold the caller, and a helper's failure reaches the
 * caller.
 */
class ParallelScanWorkersTest {
  private static final int N = 600;

  /** Handles for pids 1..N of a fake table, made once (the scan under test only places them). */
  private static OsProcess[] handles() {
    FakeBackend backend = new FakeBackend();
    Psutil ps = new Psutil(backend.provider(), backend);
    OsProcess[] h = new OsProcess[N + 1];
    for (int pid = 1; pid <= N; pid++) {
      backend.add(pid, 100 + pid);
      h[pid] = ps.process(pid);
    }
    return h;
  }

  private static int[] pids() {
    int[] pids = new int[N];
    for (int i = 0; i < N; i++) {
      pids[i] = i + 1;
    }
    return pids;
  }

  /** Runs each helper on a thread of its own. */
  private static final Executor NEW_THREAD = r -> new Thread(r, "test-helper").start();

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void everyPidIsReadOnceAndTheResultsAreInPidOrder() {
    OsProcess[] h = handles();
    AtomicIntegerArray reads = new AtomicIntegerArray(N + 1);
    ParallelScan scan = new ParallelScan(4, NEW_THREAD);
    var got =
        scan.run(
            pids(),
            pid -> {
              reads.incrementAndGet(pid);
              return pid % 10 == 0 ? null : h[pid]; // every tenth process gone meanwhile
            });
    assertThat(got).hasSize(N - N / 10);
    for (int i = 0; i < got.size(); i++) {
      int expectedPid = i + 1 + i / 9; // 1..9, 11..19, ...
      assertThat(got.get(i)).isSameAs(h[expectedPid]);
    }
    for (int pid = 1; pid <= N; pid++) {
      assertThat(reads.get(pid)).as("reads of pid " + pid).isEqualTo(1);
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aHelperThatNeverRunsDoesNotHoldTheScan() {
    OsProcess[] h = handles();
    // The pool's threads all busy elsewhere: the helper's task is queued and never started.
    Executor neverRuns = r -> {};
    ParallelScan scan = new ParallelScan(2, neverRuns);
    var got = scan.run(pids(), pid -> h[pid]);
    assertThat(got).hasSize(N);
    assertThat(got.get(N - 1)).isSameAs(h[N]);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aHelperThatStartsLateFindsNothingLeftAndChangesNothing() throws InterruptedException {
    OsProcess[] h = handles();
    Runnable[] held = new Runnable[1];
    ParallelScan scan = new ParallelScan(2, r -> held[0] = r);
    var got = scan.run(pids(), pid -> h[pid]);
    // The helper's task runs only now, after the caller read every pid and returned.
    Thread late = new Thread(held[0]);
    late.start();
    late.join(5000);
    assertThat(late.isAlive()).isFalse();
    assertThat(got).hasSize(N);
    for (int i = 0; i < N; i++) {
      assertThat(got.get(i)).isSameAs(h[i + 1]);
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void whatAHelperThrowsReachesTheCaller() {
    assertThatThrownBy(() -> scanWhereTheHelperThrows(IllegalStateException::new))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("helper failed at pid ");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void anErrorOnAHelperIsRethrownAsItIs() {
    assertThatThrownBy(() -> scanWhereTheHelperThrows(StackOverflowError::new))
        .isInstanceOf(StackOverflowError.class)
        .hasMessageStartingWith("helper failed at pid ");
  }

  /**
   * A two-thread scan whose helper throws {@code failure} at the first pid it takes; the caller
   * waits, on its own first pid, until the helper has taken one, so the helper surely takes one.
   */
  private static void scanWhereTheHelperThrows(Function<String, ? extends Throwable> failure) {
    OsProcess[] h = handles();
    CountDownLatch helperStarted = new CountDownLatch(1);
    Thread caller = Thread.currentThread();
    ParallelScan scan = new ParallelScan(2, NEW_THREAD);
    scan.run(
        pids(),
        pid -> {
          if (Thread.currentThread() != caller) {
            helperStarted.countDown();
            throwUnchecked(failure.apply("helper failed at pid " + pid));
          }
          awaitQuietly(helperStarted);
          return h[pid];
        });
  }

  private static void throwUnchecked(Throwable t) {
    if (t instanceof Error e) {
      throw e;
    }
    throw (RuntimeException) t;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
