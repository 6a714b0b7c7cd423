package io.github.jpsutil.linux.events;

import io.github.jpsutil.api.ProcessEvent;
import io.github.jpsutil.spi.EventSink;
import java.util.ArrayList;
import java.util.List;

/** Collects what a monitor delivers, for the tests; thread-safe. */
public final class EventRecorder implements EventSink {
  private final List<ProcessEvent> events = new ArrayList<>();
  private long overflows;
  private RuntimeException failure;

  @Override
  public synchronized void accept(ProcessEvent event) {
    events.add(event);
    notifyAll();
  }

  @Override
  public synchronized void kernelOverflow() {
    overflows++;
  }

  @Override
  public synchronized void failed(RuntimeException cause) {
    failure = cause;
    notifyAll();
  }

  public synchronized List<ProcessEvent> events() {
    return List.copyOf(events);
  }

  public synchronized long overflows() {
    return overflows;
  }

  public synchronized RuntimeException failure() {
    return failure;
  }
}
