package io.github.jpsutil;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.ProcessEvent;
import io.github.jpsutil.api.ProcessEventMode;
import io.github.jpsutil.api.ProcessEventOptions;
import io.github.jpsutil.spi.EventMonitor;
import io.github.jpsutil.spi.EventSource;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * A running stream of process start, exec and exit events ({@link Psutil#processEvents}); not in
 * psutil (gh-899, gh-2348). Observation starts when it is opened: events wait in a bounded buffer
 * until the one subscriber takes them, and what does not fit is dropped and announced by a {@link
 * ProcessEvent.Dropped}. Close it (try-with-resources) to stop: that releases the kernel resources
 * and ends both of its threads (the backend's monitor and the delivery thread) before returning.
 *
 * <p>A {@link Flow.Publisher} with one subscriber: a second {@code subscribe} gets {@code onError}.
 * Events are delivered on a thread of this stream, in the order they were observed, never more than
 * requested; {@link #forEach} is the shortcut for unbounded demand.
 */
public final class ProcessEvents implements Flow.Publisher<ProcessEvent>, AutoCloseable {
  private final ProcessEventMode mode;
  private final EventBuffer buffer;
  private final EventMonitor monitor;
  private final Object lock = new Object();
  private Thread delivery;
  private EventDelivery run;
  private boolean closed;

  private ProcessEvents(ProcessEventMode mode, EventBuffer buffer, EventMonitor monitor) {
    this.mode = mode;
    this.buffer = buffer;
    this.monitor = monitor;
  }

  /** Opens a stream in the mode {@code options} asks for, or the best one this process may use. */
  static ProcessEvents open(Psutil psutil, ProcessEventOptions options) {
    Objects.requireNonNull(options, "options");
    ProcessEventMode mode =
        options
            .mode()
            .orElse(
                psutil.supports(Feature.PROCESS_EVENTS_CONNECTOR)
                    ? ProcessEventMode.CONNECTOR
                    : ProcessEventMode.PROC_SCAN);
    EventSource source = psutil.backend().events();
    EventBuffer buffer = new EventBuffer(options.bufferCapacity());
    EventMonitor monitor;
    if (mode == ProcessEventMode.CONNECTOR) {
      // The static feature only: a forced connector without the privilege is AccessDenied.
      psutil.require(Feature.PROCESS_EVENTS_CONNECTOR);
      monitor = source.openConnector(buffer);
    } else {
      psutil.require(Feature.PROCESS_EVENTS_SCAN);
      monitor = source.openScan(options.scanInterval(), buffer);
    }
    return new ProcessEvents(mode, buffer, monitor);
  }

  /**
   * Whether {@code feature} holds now, beyond the backend implementing it: the connector also needs
   * the privilege, which can only be known by trying.
   */
  static boolean holdsNow(PsutilCpuAndMemory psutil, Feature feature) {
    return feature != Feature.PROCESS_EVENTS_CONNECTOR
        || psutil.backend().events().connectorPermitted();
  }

  /** {@return the mode this stream observes with} */
  public ProcessEventMode mode() {
    return mode;
  }

  /** {@return events discarded so far because the buffer was full (also announced in-stream)} */
  public long dropped() {
    return buffer.totalDropped();
  }

  /**
   * {@return kernel buffer overflows so far (each lost at least one event; also announced
   * in-stream)}
   */
  public long kernelOverflows() {
    return buffer.totalOverflows();
  }

  /**
   * Why the backend's monitor stopped on its own (e.g. the kernel closed the socket), if it did; a
   * {@link #forEach} listener has no error channel, so it is kept here.
   *
   * @return the failure, or empty while the monitor runs or after a normal close
   */
  public java.util.Optional<RuntimeException> failure() {
    return java.util.Optional.ofNullable(buffer.failure());
  }

  /**
   * Calls {@code listener} for every event, on this stream's delivery thread, until closed.
   *
   * @param listener called with each event, in order; it should not block long
   */
  public void forEach(Consumer<? super ProcessEvent> listener) {
    Objects.requireNonNull(listener, "listener");
    subscribe(new UnboundedSubscriber(listener));
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ProcessEvent> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    synchronized (lock) {
      if (closed || delivery != null) {
        subscriber.onSubscribe(EventDelivery.NO_SUBSCRIPTION);
        subscriber.onError(
            new IllegalStateException(
                closed ? "process events are closed" : "process events take one subscriber"));
        return;
      }
      run = new EventDelivery(buffer, subscriber, this::stop);
      delivery = new Thread(run, "jpsutil-events-delivery");
      delivery.setDaemon(true);
      delivery.start();
    }
  }

  /**
   * Stops observing and delivering: the subscriber gets {@code onComplete} (unless it cancelled or
   * failed), undelivered events are discarded, and both threads have ended when this returns
   * (unless called on the delivery thread itself, from {@code onNext}, which then ends right
   * after).
   */
  @Override
  public void close() {
    stop();
  }

  private void stop() {
    Thread toJoin;
    EventDelivery toStop;
    boolean first;
    synchronized (lock) {
      first = !closed;
      closed = true;
      toJoin = delivery;
      toStop = run;
    }
    if (first) {
      monitor.close();
      buffer.end(true);
      if (toStop != null) {
        toStop.stop();
      }
    }
    // Also on a second close: the first may have come from the delivery thread itself (a
    // subscriber's cancel or a rule 3.9 error), which cannot join itself; close() returns only
    // once no thread of this publisher is left.
    if (toJoin != null && toJoin != Thread.currentThread()) {
      joinUninterruptibly(toJoin);
    }
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Requests everything and hands each event to a listener. */
  private record UnboundedSubscriber(Consumer<? super ProcessEvent> listener)
      implements Flow.Subscriber<ProcessEvent> {
    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(ProcessEvent item) {
      listener.accept(item);
    }

    @Override
    public void onError(Throwable throwable) {
      // A listener has no error channel: a monitor failure stays readable through failure().
    }

    @Override
    public void onComplete() {}
  }
}
