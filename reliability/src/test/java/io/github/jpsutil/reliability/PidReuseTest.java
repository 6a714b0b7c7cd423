package io.github.jpsutil.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jpsutil.Oneshot;
import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.api.ZombieProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Forces PID reuse many times (as root, {@code ns_last_pid} makes the next process get the pid of
 * one just reaped) and proves that a stale handle never acts on, nor reports for, the newcomer:
 * every reading method and every setter and signal raises NoSuchProcess, and the newcomer keeps its
 * state, nice value, I/O priority, limits and affinity. Start times are clock ticks (10 ms), so the
 * old process lives 30 ms to get a start time of its own, as any real reuse has.
 */
@Tag("reliability")
@EnabledOnOs(OS.LINUX)
class PidReuseTest {
  private static final int REUSES = 40;
  private static final int ROUNDS = 3 * REUSES;
  private static final List<String> SLEEPER = List.of("sleep", "1000");

  private final Psutil ps = Psutil.builder().build();
  private final Children children = new Children();

  @AfterEach
  void killChildren() throws InterruptedException {
    children.close();
  }

  /** What a stale handle may not change: read from /proc, not through jpsutil. */
  private record Untouched(
      boolean runnable, int nice, String affinity, String limit, Object ionice) {
    static Untouched of(Psutil ps, int pid) {
      return new Untouched(
          "RSD".indexOf(RawProc.state(pid)) >= 0, // not stopped (T), a zombie (Z) or gone
          RawProc.nice(pid),
          RawProc.statusLine(pid, "Cpus_allowed_list:"),
          RawProc.openFilesLimit(pid),
          ps.process(pid).ionice());
    }
  }

  @Test
  void staleHandlesNeverReadNorTouchTheNewcomer() throws Exception {
    assumeTrue(Children.canChooseNextPid(), "needs root to write " + Children.NS_LAST_PID);
    int reused = 0;
    int rounds = 0;
    long staleCalls = 0;
    List<String> answered = new ArrayList<>();
    List<String> wrongProcess = new ArrayList<>();
    for (; rounds < ROUNDS && reused < REUSES; rounds++) {
      Process old = children.start(SLEEPER.toArray(String[]::new));
      assertThat(Children.awaitComm(old, "sleep")).isTrue();
      int pid = (int) old.pid();
      long oldTicks = RawProc.startTicks(pid).orElseThrow();
      // Alternate the two ways to get a handle; read the permanent caches (exe, name) first.
      OsProcess stale = rounds % 2 == 0 ? ps.process(pid) : ps.popen(old);
      assertThat(stale.name()).isEqualTo("sleep");
      assertThat(stale.exe()).endsWith("sleep");
      // A oneshot scope that read stat before the reuse reads the rest through the descriptor of
      // /proc/<pid> it opened then, which must not reach the newcomer.
      OsProcess scoped = ps.process(pid);
      Oneshot earlyScope = scoped.oneshot();
      scoped.cpuTimes();
      Thread.sleep(30);
      Children.kill(old);

      Process newcomer = children.startAtPid(pid, 20, Map.of(), SLEEPER);
      if (newcomer == null || !Children.awaitComm(newcomer, "sleep")) {
        earlyScope.close();
        continue;
      }
      OptionalLong newTicks = RawProc.startTicks(pid);
      if (newTicks.isEmpty() || newTicks.getAsLong() == oldTicks) {
        earlyScope.close();
        continue; // same clock tick: no (pid, start time) identity can tell them apart
      }
      reused++;
      Untouched before = Untouched.of(ps, pid);

      Map<String, ApiTour.Body<OsProcess>> freshInScope = new LinkedHashMap<>();
      freshInScope.put("memoryInfo()", OsProcess::memoryInfo);
      freshInScope.put("numThreads()", OsProcess::numThreads);
      freshInScope.put("cmdline()", OsProcess::cmdline);
      try (earlyScope) {
        for (Map.Entry<String, ApiTour.Body<OsProcess>> r : freshInScope.entrySet()) {
          staleCalls++;
          try {
            answered.add("in an early scope: " + r.getKey() + " -> " + r.getValue().apply(scoped));
          } catch (NoSuchProcess e) {
            assertThat(e).as(r.getKey()).isNotInstanceOf(ZombieProcess.class);
          }
        }
      }

      // Every other round reads inside a scope opened after the reuse.
      try (Oneshot lateScope = rounds % 4 >= 2 ? stale.oneshot() : null) {
        for (ApiTour.ProcessCall call : ApiTour.processReads()) {
          if (!call.readsNow()) {
            continue;
          }
          staleCalls++;
          try {
            Object v = call.body().apply(stale);
            answered.add(call.signature() + " -> " + v);
          } catch (NoSuchProcess e) {
            assertThat(e).as(call.signature()).isNotInstanceOf(ZombieProcess.class);
          }
        }
      }
      Map<String, ApiTour.Body<OsProcess>> actions = new LinkedHashMap<>();
      actions.put("nice(int)", p -> act(() -> p.nice(10)));
      actions.put("ionice(IoPriorityClass)", p -> act(() -> p.ionice(IoPriorityClass.IDLE)));
      actions.put("ionice(IoPriorityClass,int)", p -> act(() -> p.ionice(IoPriorityClass.BE, 7)));
      actions.put(
          "rlimit(Rlimit,ResourceLimit)",
          p -> act(() -> p.rlimit(Rlimit.NOFILE, new ResourceLimit(64, 64))));
      actions.put("cpuAffinity(Collection)", p -> act(() -> p.cpuAffinity(List.of(0))));
      actions.put("sendSignal(Signal)", p -> act(() -> p.sendSignal(Signal.SIGSTOP)));
      actions.put("sendSignal(int)", p -> act(() -> p.sendSignal(9)));
      actions.put("suspend()", p -> act(p::suspend));
      actions.put("resume()", p -> act(p::resume));
      actions.put("terminate()", p -> act(p::terminate));
      actions.put("kill()", p -> act(p::kill));
      for (Map.Entry<String, ApiTour.Body<OsProcess>> a : actions.entrySet()) {
        staleCalls++;
        try {
          a.getValue().apply(stale);
          answered.add(a.getKey() + " acted");
        } catch (NoSuchProcess e) {
          assertThat(e).as(a.getKey()).isNotInstanceOf(ZombieProcess.class);
        }
      }
      assertThat(stale.isRunning()).isFalse();
      // waitFor on the stale handle returns at once (the old process is gone), never waits for
      // the newcomer: the child's exit code for a popen handle, empty otherwise.
      assertThat(stale.waitFor(Duration.ZERO).isPresent()).isEqualTo(rounds % 2 == 1);

      Thread.sleep(20); // a signal that got through would have acted by now
      Untouched after = Untouched.of(ps, pid);
      if (RawProc.startTicks(pid).orElse(-1) != newTicks.getAsLong() || !after.equals(before)) {
        wrongProcess.add("pid " + pid + ": " + before + " -> " + after);
      }
      Children.kill(newcomer);
    }
    Figures.put("pid_reuse.rounds", rounds);
    Figures.put("pid_reuse.reuses", reused);
    Figures.put("pid_reuse.stale_calls", staleCalls);
    Figures.put("pid_reuse.stale_calls_that_answered", answered.size());
    Figures.put("pid_reuse.wrong_process_signals_or_changes", wrongProcess.size());
    assertThat(wrongProcess).as("newcomers signalled or changed").isEmpty();
    assertThat(answered).as("stale-handle calls that returned instead of NoSuchProcess").isEmpty();
    assertThat(reused).as("rounds in which the pid was really reused").isEqualTo(REUSES);
  }

  private static Object act(Runnable r) {
    r.run();
    return null;
  }
}
