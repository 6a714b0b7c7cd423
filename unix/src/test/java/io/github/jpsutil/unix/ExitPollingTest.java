package io.github.jpsutil.unix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExitPollingTest {
  @Test
  void aZeroTimeoutChecksExactlyOnce() throws InterruptedException {
    AtomicInteger checks = new AtomicInteger();
    assertThat(ExitPolling.await(0, () -> checks.incrementAndGet() > 5)).isFalse();
    assertThat(checks).hasValue(1);
    assertThat(ExitPolling.await(0, () -> true)).isTrue();
  }

  @Test
  void keepsCheckingUntilTheProcessHasExited() throws InterruptedException {
    AtomicInteger checks = new AtomicInteger();
    assertThat(ExitPolling.await(Long.MAX_VALUE, () -> checks.incrementAndGet() == 4)).isTrue();
    assertThat(checks).hasValue(4);
  }

  /** Sleeps of 0.1, 0.2, 0.4 … ms: 100 ms are reached after about 12 checks, never hundreds. */
  @Test
  void timesOutWithTheSleepDoublingUpTo40Milliseconds() throws InterruptedException {
    AtomicInteger checks = new AtomicInteger();
    long start = System.nanoTime();
    assertThat(
            ExitPolling.await(
                TimeUnit.MILLISECONDS.toNanos(100),
                () -> {
                  checks.incrementAndGet();
                  return false;
                }))
        .isFalse();
    long took = System.nanoTime() - start;
    assertThat(took).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));
    assertThat(checks.get()).isBetween(3, 14);
  }

  @Test
  void anExceptionOfTheCheckPropagates() {
    assertThatThrownBy(
            () ->
                ExitPolling.await(
                    Long.MAX_VALUE,
                    () -> {
                      throw new IllegalStateException("unreadable");
                    }))
        .hasMessage("unreadable");
  }
}
