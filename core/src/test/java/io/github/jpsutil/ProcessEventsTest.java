package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.ProcessEvent;
import io.github.jpsutil.api.ProcessEventMode;
import io.github.jpsutil.api.ProcessEventOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OS-independent part of process events: mode choice, buffer, drops, Flow rules, close. */
class ProcessEventsTest {
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  private static ProcessEvent start(int pid) {
    return new ProcessEvent.Start(T, pid, 1, Optional.of("p" + pid), Optional.empty());
  }

  private static ProcessEvent exit(int pid, int code) {
    return new ProcessEvent.Exit(
        T, pid, OptionalInt.of(1), Optional.empty(), OptionalInt.of(code), OptionalInt.empty());
  }

  private static Psutil psutil(ScriptedEvents events) {
    FakeBackend b = new FakeBackend();
    b.events = events;
    return b.psutil();
  }

  @AfterEach
  void noThreadLeftBehind() {
    assertThat(threads()).as("event threads alive after the test").isEmpty();
  }

  static List<String> threads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("jpsutil-events"))
        .toList();
  }

  /** Collects with unbounded demand until {@code n} events arrived. */
  private static List<ProcessEvent> collect(ProcessEvents events, int n) throws Exception {
    List<ProcessEvent> got = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(n);
    events.forEach(
        e -> {
          synchronized (got) {
            got.add(e);
          }
          done.countDown();
        });
    assertThat(done.await(10, TimeUnit.SECONDS)).as("received " + n + " events").isTrue();
    synchronized (got) {
      return List.copyOf(got);
    }
  }

  @Test
  void theConnectorIsChosenWhenPermittedAndTheScanOtherwise() {
    ScriptedEvents root = new ScriptedEvents(true, s -> {});
    Psutil p = psutil(root);
    assertThat(p.supports(Feature.PROCESS_EVENTS_CONNECTOR)).isTrue();
    try (ProcessEvents e = p.processEvents(ProcessEventOptions.defaults())) {
      assertThat(e.mode()).isEqualTo(ProcessEventMode.CONNECTOR);
      assertThat(root.openedMode).isEqualTo("connector");
    }
    assertThat(root.closed).isTrue();

    ScriptedEvents user = new ScriptedEvents(false, s -> {});
    Psutil q = psutil(user);
    assertThat(q.supports(Feature.PROCESS_EVENTS_CONNECTOR)).isFalse();
    assertThat(q.supports(Feature.PROCESS_EVENTS_SCAN)).isTrue();
    ProcessEventOptions opts =
        ProcessEventOptions.defaults().withScanInterval(Duration.ofMillis(7));
    try (ProcessEvents e = q.processEvents(opts)) {
      assertThat(e.mode()).isEqualTo(ProcessEventMode.PROC_SCAN);
      assertThat(user.interval).isEqualTo(Duration.ofMillis(7));
    }
  }

  @Test
  void aForcedModeIsUsedAsAsked() {
    ScriptedEvents root = new ScriptedEvents(true, s -> {});
    try (ProcessEvents e =
        psutil(root)
            .processEvents(ProcessEventOptions.defaults().withMode(ProcessEventMode.PROC_SCAN))) {
      assertThat(e.mode()).isEqualTo(ProcessEventMode.PROC_SCAN);
      assertThat(root.openedMode).isEqualTo("scan");
    }
  }

  @Test
  void aBackendWithoutEventsSaysSoAndThrows() {
    FakeBackend b = new FakeBackend();
    b.features =
        java.util.Set.copyOf(
            java.util.EnumSet.complementOf(
                java.util.EnumSet.of(
                    Feature.PROCESS_EVENTS_CONNECTOR, Feature.PROCESS_EVENTS_SCAN)));
    Psutil p = b.psutil();
    assertThat(p.supports(Feature.PROCESS_EVENTS_SCAN)).isFalse();
    assertThat(p.supports(Feature.PROCESS_EVENTS_CONNECTOR)).isFalse();
    assertThatThrownBy(() -> p.processEvents(ProcessEventOptions.defaults()))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("process_events_scan");
  }

  @Test
  void eventsArriveInOrderAndCloseEndsEveryThread() throws Exception {
    ScriptedEvents src =
        new ScriptedEvents(
            true,
            s -> {
              for (int i = 1; i <= 500; i++) {
                s.accept(start(i));
                s.accept(exit(i, i % 256));
              }
            });
    try (ProcessEvents e = psutil(src).processEvents(ProcessEventOptions.defaults())) {
      List<ProcessEvent> got = collect(e, 1000);
      for (int i = 0; i < 500; i++) {
        assertThat(got.get(2 * i)).isEqualTo(start(i + 1));
        assertThat(got.get(2 * i + 1)).isEqualTo(exit(i + 1, (i + 1) % 256));
      }
      assertThat(e.dropped()).isZero();
    }
  }

  @Test
  void aFullBufferDropsCountsAndSaysWhere() throws Exception {
    CountDownLatch emitted = new CountDownLatch(1);
    ScriptedEvents src =
        new ScriptedEvents(
            true,
            s -> {
              for (int i = 1; i <= 25; i++) {
                s.accept(start(i));
              }
              emitted.countDown();
            });
    ProcessEventOptions opts = ProcessEventOptions.defaults().withBufferCapacity(10);
    try (ProcessEvents e = psutil(src).processEvents(opts)) {
      assertThat(emitted.await(10, TimeUnit.SECONDS)).isTrue();
      // Nobody subscribed yet: 10 kept, 15 dropped.
      assertThat(e.dropped()).isEqualTo(15);
      List<ProcessEvent> got = collect(e, 11);
      assertThat(got.subList(0, 10))
          .extracting(ev -> ((ProcessEvent.Start) ev).pid())
          .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
      assertThat(got.get(10)).isInstanceOf(ProcessEvent.Dropped.class);
      assertThat(((ProcessEvent.Dropped) got.get(10)).dropped()).isEqualTo(15);
      assertThat(((ProcessEvent.Dropped) got.get(10)).kernelOverflows()).isZero();
    }
  }

  @Test
  void aKernelOverflowIsAnnouncedBetweenTheEventsAroundIt() throws Exception {
    ScriptedEvents src =
        new ScriptedEvents(
            true,
            s -> {
              s.accept(start(1));
              s.kernelOverflow();
              s.kernelOverflow();
              s.accept(start(2));
            });
    try (ProcessEvents e = psutil(src).processEvents(ProcessEventOptions.defaults())) {
      List<ProcessEvent> got = collect(e, 3);
      assertThat(got.get(0)).isEqualTo(start(1));
      assertThat(got.get(1))
          .isInstanceOfSatisfying(
              ProcessEvent.Dropped.class, d -> assertThat(d.kernelOverflows()).isEqualTo(2));
      assertThat(got.get(2)).isEqualTo(start(2));
      assertThat(e.kernelOverflows()).isEqualTo(2);
    }
  }

  @Test
  void neverMoreThanRequested() throws Exception {
    ScriptedEvents src =
        new ScriptedEvents(
            true,
            s -> {
              for (int i = 1; i <= 10; i++) {
                s.accept(start(i));
              }
            });
    List<ProcessEvent> got = new ArrayList<>();
    AtomicReference<Flow.Subscription> sub = new AtomicReference<>();
    CountDownLatch three = new CountDownLatch(3);
    try (ProcessEvents e = psutil(src).processEvents(ProcessEventOptions.defaults())) {
      e.subscribe(
          new Flow.Subscriber<>() {
            public void onSubscribe(Flow.Subscription s) {
              sub.set(s);
              s.request(3);
            }

            public void onNext(ProcessEvent item) {
              synchronized (got) {
                got.add(item);
              }
              three.countDown();
            }

            public void onError(Throwable t) {}

            public void onComplete() {}
          });
      assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(200); // the other 7 are buffered, not delivered
      synchronized (got) {
        assertThat(got).hasSize(3);
      }
      sub.get().request(7);
      long end = System.currentTimeMillis() + 10_000;
      while (System.currentTimeMillis() < end) {
        synchronized (got) {
          if (got.size() == 10) {
            break;
          }
        }
        Thread.sleep(10);
      }
      synchronized (got) {
        assertThat(got).hasSize(10);
      }
    }
  }

  @Test
  void aNonPositiveRequestIsAnError() throws Exception {
    AtomicReference<Throwable> error = new AtomicReference<>();
    CountDownLatch failed = new CountDownLatch(1);
    ProcessEvents e =
        psutil(new ScriptedEvents(true, s -> {})).processEvents(ProcessEventOptions.defaults());
    try {
      e.subscribe(new ErrorCatcher(error, failed, 0));
      assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(error.get())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("3.9");
    } finally {
      e.close();
    }
  }

  @Test
  void oneSubscriberOnly() throws Exception {
    try (ProcessEvents e =
        psutil(new ScriptedEvents(true, s -> {})).processEvents(ProcessEventOptions.defaults())) {
      e.forEach(ev -> {});
      AtomicReference<Throwable> error = new AtomicReference<>();
      CountDownLatch failed = new CountDownLatch(1);
      e.subscribe(new ErrorCatcher(error, failed, 1));
      assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(error.get())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("one subscriber");
    }
  }

  @Test
  void aMonitorFailureReachesTheSubscriberAfterTheEventsBeforeIt() throws Exception {
    IllegalStateException boom = new IllegalStateException("socket closed by the kernel");
    ScriptedEvents src =
        new ScriptedEvents(
            true,
            s -> {
              s.accept(start(1));
              s.failed(boom);
            });
    List<ProcessEvent> got = new ArrayList<>();
    AtomicReference<Throwable> error = new AtomicReference<>();
    CountDownLatch failed = new CountDownLatch(1);
    try (ProcessEvents e = psutil(src).processEvents(ProcessEventOptions.defaults())) {
      e.subscribe(
          new ErrorCatcher(error, failed, Long.MAX_VALUE) {
            @Override
            public void onNext(ProcessEvent item) {
              got.add(item);
            }
          });
      assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(got).containsExactly(start(1));
      assertThat(error.get()).isSameAs(boom);
      assertThat(e.failure()).containsSame(boom);
    }
  }

  @Test
  void closeFromInsideTheListenerEndsCleanly() throws Exception {
    ScriptedEvents src =
        new ScriptedEvents(
            true,
            s -> {
              for (int i = 1; i <= 100; i++) {
                s.accept(start(i));
              }
            });
    ProcessEvents e = psutil(src).processEvents(ProcessEventOptions.defaults());
    CountDownLatch closed = new CountDownLatch(1);
    List<ProcessEvent> got = new ArrayList<>();
    e.forEach(
        ev -> {
          got.add(ev);
          e.close();
          closed.countDown();
        });
    assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
    long end = System.currentTimeMillis() + 10_000;
    while (!threads().isEmpty() && System.currentTimeMillis() < end) {
      Thread.sleep(10);
    }
    assertThat(got).containsExactly(start(1));
    assertThat(src.closed).isTrue();
  }

  @Test
  void closeCompletesTheSubscriber() throws Exception {
    CountDownLatch completed = new CountDownLatch(1);
    ProcessEvents e =
        psutil(new ScriptedEvents(true, s -> {})).processEvents(ProcessEventOptions.defaults());
    e.subscribe(
        new Flow.Subscriber<>() {
          public void onSubscribe(Flow.Subscription s) {
            s.request(1);
          }

          public void onNext(ProcessEvent item) {}

          public void onError(Throwable t) {}

          public void onComplete() {
            completed.countDown();
          }
        });
    e.close();
    assertThat(completed.getCount()).isZero();
    e.close(); // idempotent
  }

  /** Records the first onError; requests {@code n} on subscribe. */
  private static class ErrorCatcher implements Flow.Subscriber<ProcessEvent> {
    private final AtomicReference<Throwable> error;
    private final CountDownLatch failed;
    private final long n;

    ErrorCatcher(AtomicReference<Throwable> error, CountDownLatch failed, long n) {
      this.error = error;
      this.failed = failed;
      this.n = n;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      s.request(n);
    }

    @Override
    public void onNext(ProcessEvent item) {}

    @Override
    public void onError(Throwable t) {
      error.compareAndSet(null, t);
      failed.countDown();
    }

    @Override
    public void onComplete() {}
  }
}
