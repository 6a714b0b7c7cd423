package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.TimeoutExpired;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The timeout machinery of {@link Psutil#withTimeout} and {@code diskUsage(path, timeout)}. */
class BoundedCallsTest {
  private final BoundedCalls calls = new BoundedCalls();
  private final CountDownLatch release = new CountDownLatch(1);
  private final ExecutorService callers = Executors.newCachedThreadPool();

  @AfterEach
  void releaseBlockedCalls() {
    release.countDown();
    callers.shutdownNow();
  }

  private String blockUntilReleased() {
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "released";
  }

  @Test
  void returnsTheValueAndRethrowsTheSameException() throws InterruptedException {
    assertThat(calls.call(null, Duration.ofSeconds(5), () -> 42)).isEqualTo(42);
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(
            () ->
                calls.call(
                    null,
                    Duration.ofSeconds(5),
                    () -> {
                      throw boom;
                    }))
        .isSameAs(boom);
  }

  @Test
  void aBlockedCallTimesOutWithTimeoutExpired() {
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> calls.call(null, Duration.ofMillis(200), this::blockUntilReleased))
        .isInstanceOfSatisfying(
            TimeoutExpired.class,
            e -> {
              assertThat(e.seconds()).isEqualTo(0.2);
              assertThat(e.pid()).isEmpty();
            });
    assertThat(System.nanoTime() - t0)
        .isBetween(TimeUnit.MILLISECONDS.toNanos(200), TimeUnit.SECONDS.toNanos(2));
  }

  @Test
  void aCallThatWaitsInJavaIsInterruptedOnTimeout() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    assertThatThrownBy(
            () ->
                calls.call(
                    null,
                    Duration.ofMillis(100),
                    () -> {
                      try {
                        Thread.sleep(60_000);
                      } catch (InterruptedException e) {
                        interrupted.countDown();
                      }
                      return null;
                    }))
        .isInstanceOf(TimeoutExpired.class);
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void callsWithTheSameKeyShareOneBlockedRun() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(
              () ->
                  calls.call(
                      "dead-mount",
                      Duration.ofMillis(50),
                      () -> {
                        runs.incrementAndGet();
                        return blockUntilReleased();
                      }))
          .isInstanceOf(TimeoutExpired.class);
    }
    assertThat(runs.get()).as("one worker for five calls").isEqualTo(1);
    release.countDown();
    // Once the shared run ends, the next call with the key runs afresh.
    Thread.sleep(100);
    assertThat(calls.call("dead-mount", Duration.ofSeconds(5), () -> "fresh")).isEqualTo("fresh");
  }

  @Test
  void whenEveryWorkerIsStuckANewCallTimesOutInsteadOfAddingThreads() throws Exception {
    List<Future<?>> stuck = new ArrayList<>();
    CountDownLatch started = new CountDownLatch(BoundedCalls.MAX_WORKERS);
    for (int i = 0; i < BoundedCalls.MAX_WORKERS; i++) {
      stuck.add(
          callers.submit(
              () ->
                  calls.call(
                      null,
                      Duration.ofSeconds(30),
                      () -> {
                        started.countDown();
                        return blockUntilReleased();
                      })));
    }
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(() -> calls.call(null, Duration.ofMillis(100), () -> "instant"))
        .isInstanceOf(TimeoutExpired.class);
    release.countDown();
    for (Future<?> f : stuck) {
      assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("released");
    }
    assertThat(calls.call(null, Duration.ofSeconds(5), () -> "instant")).isEqualTo("instant");
  }

  @Test
  void badArguments() {
    assertThatThrownBy(() -> calls.call(null, Duration.ZERO, () -> 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout");
    assertThatThrownBy(() -> calls.call(null, Duration.ofSeconds(-1), () -> 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout");
    assertThatThrownBy(() -> calls.call(null, null, () -> 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("timeout");
    assertThatThrownBy(() -> calls.call(null, Duration.ofSeconds(1), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("call");
  }
}
