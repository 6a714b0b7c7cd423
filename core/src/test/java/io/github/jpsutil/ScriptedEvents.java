package io.github.jpsutil;

import io.github.jpsutil.spi.EventMonitor;
import io.github.jpsutil.spi.EventSink;
import io.github.jpsutil.spi.EventSource;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * An event source that runs a script against the sink on its own thread (named like the real
 * monitors, so the leak checks see it), then idles until closed.
 */
final class ScriptedEvents implements EventSource {
  final boolean permitted;
  final Consumer<EventSink> script;
  volatile String openedMode;
  volatile Duration interval;
  volatile boolean closed;

  ScriptedEvents(boolean permitted, Consumer<EventSink> script) {
    this.permitted = permitted;
    this.script = script;
  }

  @Override
  public boolean connectorPermitted() {
    return permitted;
  }

  @Override
  public EventMonitor openConnector(EventSink sink) {
    openedMode = "connector";
    return start(sink);
  }

  @Override
  public EventMonitor openScan(Duration interval, EventSink sink) {
    openedMode = "scan";
    this.interval = interval;
    return start(sink);
  }

  private EventMonitor start(EventSink sink) {
    CountDownLatch stop = new CountDownLatch(1);
    Thread t =
        new Thread(
            () -> {
              script.accept(sink);
              try {
                stop.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "jpsutil-events-scripted");
    t.setDaemon(true);
    t.start();
    return () -> {
      stop.countDown();
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      closed = true;
    };
  }
}
