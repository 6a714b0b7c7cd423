package io.github.jpsutil.linux.events;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.ProcessEvent;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.EventMonitor;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Run by {@link UnprivilegedEventsLiveTest} as user nobody (setpriv): whether the connector is
 * permitted and what opening it does, then a {@link ChurnWorkload} under the forced scan, as {@code
 * key=value} lines and one {@code VIOLATION …} line per child not reported as expected, then {@code
 * END}.
 */
public final class UnprivilegedEventsProbe {
  private UnprivilegedEventsProbe() {}

  public static void main(String[] args) throws Exception {
    int children = Integer.parseInt(args[0]);
    LinuxEventSource source = new LinuxEventSource(new LinuxFiles(BackendConfig.defaults()));
    System.out.println("connectorPermitted=" + source.connectorPermitted());
    try {
      source.openConnector(new EventRecorder()).close();
      System.out.println("openConnector=OPENED");
    } catch (AccessDenied e) {
      System.out.println("openConnector=AD " + e.getMessage());
    }
    EventRecorder rec = new EventRecorder();
    ChurnWorkload w;
    try (EventMonitor m = source.openScan(Duration.ofMillis(50), rec)) {
      w = ChurnWorkload.run(children, "0.5", "10");
      w.awaitExits(rec::events, 30_000);
    }
    System.out.println("failure=" + rec.failure());
    Map<Integer, List<ProcessEvent>> by = w.perChild(rec.events());
    int exitCodes = 0;
    for (ChurnWorkload.Expected e : w.children()) {
      List<ProcessEvent> evs = by.get(e.pid());
      String got = evs.stream().map(ev -> ev.type().toString()).toList().toString();
      if (evs.size() != 2
          || !(evs.get(0) instanceof ProcessEvent.Start s)
          || s.ppid() != w.driverPid()
          || !(evs.get(1) instanceof ProcessEvent.Exit x)) {
        System.out.println("VIOLATION " + e.pid() + " events " + got);
        continue;
      }
      if (!x.exitCode().equals(e.exitCode()) || !x.signal().equals(e.signal())) {
        System.out.println("VIOLATION " + e.pid() + " exit " + x + " expected " + e);
      } else {
        exitCodes++;
      }
    }
    System.out.println("children=" + w.children().size());
    System.out.println("exitStatusesMatched=" + exitCodes);
    System.out.println("threadsLeft=" + ProcessEventsLiveTest.monitorThreads());
    System.out.println("END");
  }
}
