package io.github.jpsutil.reliability;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.List;
import java.util.Map;

/**
 * Run by {@link LowPrivilegeTest} as uid/gid 65534 ({@code setpriv}): the whole API, every system
 * function, every reading method on pid 1, on a root-owned {@code sleep} (the argument) and on
 * itself, every setter and signal on the root-owned process, and {@code processIter} with every
 * attribute. Prints one line per call: {@code CALL <target> <signature> <outcome>}, the outcome
 * being VALUE, AD, NSP, ZOMBIE, or {@code OTHER <exception>}.
 */
public final class LowPrivilegeProbe {
  private LowPrivilegeProbe() {}

  public static void main(String[] args) throws Exception {
    int rootSleeper = Integer.parseInt(args[0]);
    Psutil ps = Psutil.builder().build();
    System.out.println("UID=" + ps.self().uids().real());
    for (ApiTour.SystemCall c : ApiTour.systemCalls(ps, rootSleeper)) {
      report("system", c.signature(), () -> c.body().apply(ps));
    }
    Map<String, OsProcess> targets =
        Map.of("pid1", ps.process(1), "root", ps.process(rootSleeper), "self", ps.self());
    for (Map.Entry<String, OsProcess> t : targets.entrySet()) {
      for (ApiTour.ProcessCall c : ApiTour.processReads()) {
        report(t.getKey(), c.signature(), () -> c.body().apply(t.getValue()));
      }
    }
    OsProcess root = targets.get("root");
    report("root", "nice(int)", () -> act(() -> root.nice(5)));
    report("root", "ionice(IoPriorityClass)", () -> act(() -> root.ionice(IoPriorityClass.IDLE)));
    report(
        "root",
        "rlimit(Rlimit,ResourceLimit)",
        () -> act(() -> root.rlimit(Rlimit.NOFILE, new ResourceLimit(64, 64))));
    report("root", "cpuAffinity(Collection)", () -> act(() -> root.cpuAffinity(List.of(0))));
    report("root", "sendSignal(int)", () -> act(() -> root.sendSignal(0)));
    report("root", "suspend()", () -> act(root::suspend));
    report("root", "kill()", () -> act(root::kill));
    int[] rows = new int[1];
    report(
        "system",
        "processIter(everyAttr,adValue)",
        () -> {
          for (OsProcess p : ps.processIter(ps.processAttrs(), "denied")) {
            rows[0]++;
            for (ProcessAttr a : ps.processAttrs()) {
              if (!p.info().containsKey(a)) {
                throw new AssertionError(p + " misses " + a);
              }
            }
          }
          return rows[0];
        });
    System.out.println("ROWS=" + rows[0]);
    System.out.println("END");
  }

  @FunctionalInterface
  interface Body {
    Object run() throws Exception;
  }

  private static Object act(Runnable r) {
    r.run();
    return null;
  }

  private static void report(String target, String signature, Body body) {
    String outcome;
    try {
      body.run();
      outcome = "VALUE";
    } catch (Throwable t) {
      Outcome o = Outcome.of(t);
      if (o == Outcome.ACCESS_DENIED) {
        outcome = "AD";
      } else if (t instanceof UncheckedIOException u
          && u.getCause() instanceof AccessDeniedException) {
        outcome = "EACCES " + t.getMessage().replace('\n', ' ');
      } else if (o == Outcome.OTHER) {
        outcome = "OTHER " + t.toString().replace('\n', ' ');
      } else {
        outcome = o.name();
      }
    }
    System.out.println("CALL " + target + " " + signature + " " + outcome);
  }
}
