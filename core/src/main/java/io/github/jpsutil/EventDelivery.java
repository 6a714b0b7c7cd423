package io.github.jpsutil;

import io.github.jpsutil.api.ProcessEvent;
import java.util.concurrent.Flow;

/**
 * The delivery thread of a {@link ProcessEvents}: takes from the buffer only while the subscriber
 * has demand, so a slow subscriber fills the buffer (whose overflow is counted) instead of memory.
 * Signals follow the Reactive Streams rules: serial, never more {@code onNext} than requested, a
 * non-positive request ends with {@code onError(IllegalArgumentException)} (rule 3.9).
 */
final class EventDelivery implements Runnable, Flow.Subscription {
  /** Handed to a rejected subscriber before its {@code onError}. */
  static final Flow.Subscription NO_SUBSCRIPTION =
      new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
      };

  private final EventBuffer buffer;
  private final Flow.Subscriber<? super ProcessEvent> subscriber;
  private final Runnable onCancel;
  private long demand;
  private boolean cancelled;
  private boolean stopped;
  private long badRequest;
  private boolean badRequested;

  EventDelivery(
      EventBuffer buffer, Flow.Subscriber<? super ProcessEvent> subscriber, Runnable onCancel) {
    this.buffer = buffer;
    this.subscriber = subscriber;
    this.onCancel = onCancel;
  }

  @Override
  public synchronized void request(long n) {
    if (n <= 0) {
      badRequest = n;
      badRequested = true;
      cancelled = true;
    } else {
      demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
    }
    notifyAll();
  }

  @Override
  public void cancel() {
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      notifyAll();
    }
    onCancel.run();
  }

  /** Ends the loop (the buffer has been ended too, so a waiting {@code take} returns). */
  synchronized void stop() {
    stopped = true;
    notifyAll();
  }

  @Override
  public void run() {
    subscriber.onSubscribe(this);
    try {
      while (awaitDemand()) {
        ProcessEvent next = buffer.take();
        if (next == null) {
          break;
        }
        subscriber.onNext(next);
        synchronized (this) {
          if (demand != Long.MAX_VALUE) {
            demand--;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    finish();
  }

  private synchronized boolean awaitDemand() throws InterruptedException {
    while (demand == 0 && !cancelled && !stopped) {
      wait();
    }
    return !cancelled && !stopped;
  }

  private void finish() {
    long bad;
    boolean wasBad;
    boolean wasCancelled;
    synchronized (this) {
      bad = badRequest;
      wasBad = badRequested;
      wasCancelled = cancelled;
    }
    if (wasBad) {
      subscriber.onError(
          new IllegalArgumentException(
              "request(n) needs n > 0 (Reactive Streams 3.9), got " + bad));
      onCancel.run();
    } else if (!wasCancelled) {
      RuntimeException failure = buffer.failure();
      if (failure != null) {
        subscriber.onError(failure);
      } else {
        subscriber.onComplete();
      }
    }
  }
}
