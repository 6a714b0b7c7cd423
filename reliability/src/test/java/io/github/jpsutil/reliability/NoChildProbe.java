package io.github.jpsutil.reliability;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.TimeoutExpired;
import java.time.Duration;

/**
 * Run by {@link NoChildProcessTest} under {@code strace}: the whole API (every system function,
 * every reading method on itself and on pid 1, the setters and signals on itself with the values it
 * already has, and a wait) without starting anything itself.
 */
public final class NoChildProbe {
  private NoChildProbe() {}

  public static void main(String[] args) throws Exception {
    Psutil ps = Psutil.builder().build();
    OsProcess self = ps.self();
    int calls = 0;
    int failures = 0;
    for (ApiTour.SystemCall c : ApiTour.systemCalls(ps, self.pid())) {
      calls++;
      try {
        c.body().apply(ps);
      } catch (Exception e) {
        failures++;
        System.out.println("FAILED " + c.signature() + ": " + e);
      }
    }
    for (OsProcess p : new OsProcess[] {self, ps.process(1)}) {
      for (ApiTour.ProcessCall c : ApiTour.processReads()) {
        calls++;
        try {
          c.body().apply(p);
        } catch (Exception e) {
          // AccessDenied and the like are fine here; only the child processes count.
        }
      }
    }
    self.nice(self.nice());
    if (self.ionice() instanceof IoNice.Linux io && io.ioclass() == IoPriorityClass.BE) {
      self.ionice(IoPriorityClass.BE, io.value());
    }
    ResourceLimit core = self.rlimit(Rlimit.CORE);
    self.rlimit(Rlimit.CORE, core);
    self.cpuAffinity(self.cpuAffinity());
    self.sendSignal(0);
    try {
      self.waitFor(Duration.ofMillis(10));
    } catch (TimeoutExpired e) {
      // expected: it runs
    }
    calls += 8;
    System.out.println("CALLS=" + calls);
    System.out.println("FAILURES=" + failures);
  }
}
