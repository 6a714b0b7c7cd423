package io.github.jpsutil;

import io.github.jpsutil.api.ProcessEvent;
import io.github.jpsutil.spi.EventSink;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * The bounded queue between a backend's monitor thread and the subscriber's delivery thread. When
 * it is full a new event is dropped and counted; the count goes out as one {@link
 * ProcessEvent.Dropped} placed where the loss happened, before the next event that was kept, so a
 * subscriber knows exactly where its view has a gap. Kernel overflows are reported the same way.
 */
final class EventBuffer implements EventSink {
  private final int capacity;
  private final ArrayDeque<ProcessEvent> queue = new ArrayDeque<>();
  private long pendingDropped;
  private long pendingOverflows;
  private long totalDropped;
  private long totalOverflows;
  private long accepted;
  private RuntimeException failure;
  private boolean ended;

  EventBuffer(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public synchronized void accept(ProcessEvent event) {
    if (ended) {
      return;
    }
    if (queue.size() >= capacity) {
      pendingDropped++;
      totalDropped++;
      return;
    }
    flushNotice();
    queue.addLast(event);
    accepted++;
    notifyAll();
  }

  @Override
  public synchronized void kernelOverflow() {
    pendingOverflows++;
    totalOverflows++;
    notifyAll();
  }

  @Override
  public synchronized void failed(RuntimeException cause) {
    failure = cause;
    notifyAll();
  }

  /** Ends waiting: {@link #take} returns null once the queue is drained (or at once if discard). */
  synchronized void end(boolean discard) {
    ended = true;
    if (discard) {
      queue.clear();
    }
    notifyAll();
  }

  /**
   * The next event or notice, waiting for one; null once the buffer has ended or failed and holds
   * nothing more (then {@link #failure()} says which).
   */
  synchronized ProcessEvent take() throws InterruptedException {
    while (true) {
      ProcessEvent next = queue.pollFirst();
      if (next != null) {
        return next;
      }
      if (pendingDropped > 0 || pendingOverflows > 0) {
        flushNotice();
        return queue.pollFirst();
      }
      if (ended || failure != null) {
        return null;
      }
      wait();
    }
  }

  synchronized RuntimeException failure() {
    return failure;
  }

  synchronized long totalDropped() {
    return totalDropped;
  }

  synchronized long totalOverflows() {
    return totalOverflows;
  }

  /** Events kept (not counting Dropped notices). */
  synchronized long accepted() {
    return accepted;
  }

  /** Appends the pending loss notice; it may exceed the capacity by one. */
  private void flushNotice() {
    if (pendingDropped > 0 || pendingOverflows > 0) {
      queue.addLast(new ProcessEvent.Dropped(Instant.now(), pendingDropped, pendingOverflows));
      pendingDropped = 0;
      pendingOverflows = 0;
    }
  }
}
