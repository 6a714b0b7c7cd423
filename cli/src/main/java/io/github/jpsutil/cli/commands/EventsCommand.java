package io.github.jpsutil.cli.commands;

import io.github.jpsutil.ProcessEvents;
import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.ProcessEvent;
import io.github.jpsutil.api.ProcessEventMode;
import io.github.jpsutil.api.ProcessEventOptions;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.CommandFailure;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.UsageException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code jpsutil events}: process starts, execs and exits as they happen, one line each, like
 * forkstat or execsnoop, until interrupted (or {@code --count} lines). Uses the kernel's process
 * connector when allowed (root), else the {@code /proc} scan; the text output names the mode in a
 * first {@code #} line, the JSON output is only events. Not in psutil's scripts (psutil has no
 * events).
 */
final class EventsCommand implements Command {
  static final OptionSpec PID =
      new OptionSpec("--pid", "-p", "PID", "only events of PID and of its children");
  static final OptionSpec NAME =
      new OptionSpec("--name", "-n", "NAME", "only events whose name or argv[0] is NAME");
  static final OptionSpec MODE =
      new OptionSpec(
          "--mode", null, "MODE", "connector or scan (default: connector when permitted)");
  static final OptionSpec INTERVAL =
      new OptionSpec(
          "--interval", "-i", "SECS", "scan mode: rescan /proc every SECS seconds (default 0.1)");
  static final OptionSpec COUNT =
      new OptionSpec("--count", "-c", "N", "exit after printing N events");

  @Override
  public String name() {
    return "events";
  }

  @Override
  public String summary() {
    return "process starts, execs and exits as they happen, like forkstat";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON, PID, NAME, MODE, INTERVAL, COUNT);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    OptionalInt pid = positive(inv, PID, Integer.MAX_VALUE);
    OptionalInt count = positive(inv, COUNT, Integer.MAX_VALUE);
    Optional<String> name = inv.value(NAME);
    ProcessEventOptions options =
        ProcessEventOptions.defaults()
            .withScanInterval(
                Duration.ofNanos((long) (inv.seconds(INTERVAL, 0.1, 0.001, 3600) * 1e9)));
    Optional<String> mode = inv.value(MODE);
    if (mode.isPresent()) {
      options =
          switch (mode.get()) {
            case "connector" -> options.withMode(ProcessEventMode.CONNECTOR);
            case "scan" -> options.withMode(ProcessEventMode.PROC_SCAN);
            default ->
                throw new UsageException(
                    "events: --mode must be connector or scan, got '" + mode.get() + "'");
          };
    }
    if (!inv.psutil().supports(Feature.PROCESS_EVENTS_SCAN)
        && !inv.psutil().supports(Feature.PROCESS_EVENTS_CONNECTOR)) {
      throw new CommandFailure("process events are not available on " + inv.psutil().os());
    }
    ProcessEvents events;
    ProcessEventOptions chosen = options;
    try {
      events = inv.psutil().processEvents(chosen);
    } catch (AccessDenied e) {
      throw new CommandFailure(
          "the kernel's process connector needs root (CAP_NET_ADMIN); --mode scan works for"
              + " everyone");
    }
    boolean json = inv.json();
    EventText text = new EventText(ZoneId.systemDefault());
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicLong printed = new AtomicLong();
    Thread hook = new Thread(events::close, "jpsutil-events-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try (events) {
      if (!json) {
        inv.out()
            .println(
                events.mode() == ProcessEventMode.CONNECTOR
                    ? "# kernel process connector: every fork, exec and exit"
                    : "# /proc scan every "
                        + options.scanInterval().toMillis()
                        + " ms + pidfd exits (no execs; processes shorter than a scan are missed)");
        inv.out().println(EventText.header());
      }
      events.subscribe(
          new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
              s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ProcessEvent e) {
              if (done.getCount() == 0 || !EventText.matches(e, pid, name)) {
                return;
              }
              inv.out().println(json ? EventText.json(e) : text.line(e));
              inv.out().flush();
              if (count.isPresent() && printed.incrementAndGet() >= count.getAsInt()) {
                done.countDown();
              }
            }

            @Override
            public void onError(Throwable t) {
              failure.set(t);
              done.countDown();
            }

            @Override
            public void onComplete() {
              done.countDown();
            }
          });
      done.await();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Already shutting down (Ctrl-C): the hook closes the stream.
      }
    }
    if (failure.get() != null) {
      throw new CommandFailure(failure.get().getMessage());
    }
    return 0;
  }

  private static OptionalInt positive(Invocation inv, OptionSpec option, int max) {
    Optional<String> v = inv.value(option);
    if (v.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n >= 1 && n <= max) {
        return OptionalInt.of(n);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        "events: "
            + option.name()
            + " must be a whole number 1.."
            + max
            + ", got '"
            + v.get()
            + "'");
  }
}
