package io.github.jpsutil.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessAttr;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Several threads share one {@link Psutil} and, for {@code -Djpsutil.churn.seconds} (60 by default,
 * the CI setting), iterate every process and call every reading method of each (plus a few system
 * functions) while {@link ChurnLoad} starts and kills processes. The second reader of every process
 * scans through a {@code scanThreads(2)} instance (the parallel scan, on tables of 256 processes or
 * more), so its handles meet the same checks. Passes when:
 *
 * <ul>
 *   <li>every call returns a value or raises NoSuchProcess, ZombieProcess or AccessDenied;
 *   <li>no call that reads the process answers after its pid had already changed hands (checked by
 *       reading {@code /proc/<pid>/stat} before each call: if the start time then differs from the
 *       handle's, or the pid is free, the call must raise NoSuchProcess); values the handle holds
 *       (pid, create time, the cached exe, a processIter prefetch) are exempt;
 *   <li>every command line and environment that carries a churn token belongs to the very process
 *       the token was given to (same pid and create time as the handle).
 * </ul>
 */
@Tag("reliability")
@EnabledOnOs(OS.LINUX)
class ChurnTest {
  /** Readers of every process, and readers of the churn's processes (the JVM's descendants). */
  private static final int READERS_OF_ALL = 2;

  private static final int READERS_OF_CHURN = 2;
  private static final int SPAWNERS = 1;

  private final Psutil ps = Psutil.builder().build();

  /** The opt-in parallel scan (Builder.scanThreads), for the second reader of every process. */
  private final Psutil parallel = Psutil.builder().scanThreads(2).build();

  private final AtomicLong parallelScans = new AtomicLong();
  private final List<ApiTour.ProcessCall> reads = ApiTour.processReads();
  private final AtomicLongArray outcomes = new AtomicLongArray(Outcome.values().length);
  private final Map<String, AtomicLongArray> bySignature = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> nanosBySignature = new ConcurrentHashMap<>();
  private final AtomicLong staleCalls = new AtomicLong();
  private final AtomicLong reusedCalls = new AtomicLong();
  private final AtomicLong tokenChecks = new AtomicLong();
  private final AtomicLong systemCalls = new AtomicLong();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final long bootTime = RawProc.bootTime();
  private final long clockTicks = Long.parseLong(Tools.run("getconf", "CLK_TCK").strip());
  private ChurnLoad load;

  @Test
  void everyGetterOfEveryProcessWhileProcessesComeAndGo() throws Exception {
    int seconds = Integer.getInteger("jpsutil.churn.seconds", 60);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    try (ChurnLoad churn = new ChurnLoad(ps, SPAWNERS).start()) {
      load = churn;
      List<Thread> readers = new ArrayList<>();
      for (int i = 0; i < READERS_OF_ALL + READERS_OF_CHURN; i++) {
        long seed = i;
        boolean all = i < READERS_OF_ALL;
        Psutil scanner = i == 1 ? parallel : ps;
        Thread t = new Thread(() -> read(scanner, deadline, all, new Random(seed)), "reader-" + i);
        t.start();
        readers.add(t);
      }
      for (Thread t : readers) {
        t.join(TimeUnit.SECONDS.toMillis(seconds + 120));
        assertThat(t.isAlive()).as(t.getName() + " finished").isFalse();
      }
      churn.close();
      long calls = 0;
      for (Outcome o : Outcome.values()) {
        calls += outcomes.get(o.ordinal());
      }
      Figures.put("churn.seconds", seconds);
      Figures.put("churn.processes_started", churn.started());
      Figures.put("churn.processes_started_per_second", churn.started() / (double) seconds);
      Figures.put("churn.forced_pid_reuses", churn.forcedReuses());
      Figures.put("churn.process_calls", calls);
      Figures.put("churn.system_calls", systemCalls.get());
      Figures.put("churn.parallel_scans_of_256_or_more", parallelScans.get());
      for (Outcome o : Outcome.values()) {
        Figures.put(
            "churn.outcome." + o.name().toLowerCase(Locale.ROOT), outcomes.get(o.ordinal()));
      }
      Figures.put("churn.reading_calls_after_the_process_was_gone", staleCalls.get());
      Figures.put("churn.reading_calls_after_its_pid_was_reused", reusedCalls.get());
      Figures.put("churn.token_checks", tokenChecks.get());
      Figures.put("churn.failures", failures.size());
      new TreeMap<>(bySignature)
          .forEach(
              (sig, counts) ->
                  System.out.println(
                      "churn outcomes (value, nsp, zombie, ad, other) of "
                          + sig
                          + ": "
                          + counts
                          + " in "
                          + nanosBySignature.get(sig).get() / 1_000_000
                          + " ms"));
    }
    assertThat(failures).as("undocumented exceptions and wrong values").isEmpty();
    assertThat(outcomes.get(Outcome.OTHER.ordinal())).isZero();
    if (Children.canChooseNextPid()) {
      assertThat(tokenChecks.get())
          .as("values checked against the churn's own records")
          .isPositive();
    }
  }

  /**
   * One reader: {@code all} iterates every process (plain processIter, or with a prefetch of some
   * or all attributes) through {@code scanner}, the others the JVM's descendants, i.e. the churn's
   * own processes.
   */
  private void read(Psutil scanner, long deadline, boolean all, Random random) {
    try {
      for (int round = 0; System.nanoTime() < deadline; round++) {
        List<OsProcess> procs;
        if (!all) {
          procs = ps.self().children(true);
        } else if (round % 4 == 3) {
          procs = scanner.processIter(scanner.processAttrs(), "denied");
        } else if (round % 4 == 1) {
          procs = scanner.processIter(List.of("name", "cmdline", "environ"), null);
        } else {
          procs = scanner.processIter();
        }
        if (scanner == parallel && procs.size() >= 256) {
          parallelScans.incrementAndGet();
        }
        systemCalls.incrementAndGet();
        for (OsProcess p : procs) {
          if (System.nanoTime() >= deadline) {
            return;
          }
          checkTokens(p, p.info());
          readAll(p, all ? reads : shuffled(random));
        }
        system(random);
      }
    } catch (Throwable t) {
      fail("reader thread", t);
    }
  }

  /** The calls in a random order, so that each is sometimes made first on a dying process. */
  private List<ApiTour.ProcessCall> shuffled(Random random) {
    List<ApiTour.ProcessCall> order = new ArrayList<>(reads);
    Collections.shuffle(order, random);
    return order;
  }

  private void readAll(OsProcess p, List<ApiTour.ProcessCall> calls) {
    long handleTicks;
    try {
      // The first createTime() confirms the process still exists, as psutil's first call does.
      handleTicks = ticks(p.createTime());
    } catch (NoSuchProcess gone) {
      outcomes.incrementAndGet(Outcome.of(gone).ordinal());
      return;
    }
    for (ApiTour.ProcessCall call : calls) {
      OptionalLong before = RawProc.startTicks(p.pid());
      boolean changedHands = before.isEmpty() || before.getAsLong() != handleTicks;
      boolean prefetched = !p.info().isEmpty();
      Outcome outcome;
      Object value = null;
      long t0 = System.nanoTime();
      try {
        value = call.body().apply(p);
        outcome = Outcome.VALUE;
      } catch (Throwable t) {
        outcome = Outcome.of(t);
        if (outcome == Outcome.OTHER) {
          fail(call.signature() + " of " + p, t);
        }
      }
      nanosBySignature
          .computeIfAbsent(call.signature(), k -> new AtomicLong())
          .addAndGet(System.nanoTime() - t0);
      outcomes.incrementAndGet(outcome.ordinal());
      bySignature
          .computeIfAbsent(call.signature(), k -> new AtomicLongArray(Outcome.values().length))
          .incrementAndGet(outcome.ordinal());
      if (changedHands && call.readsNow()) {
        staleCalls.incrementAndGet();
        if (before.isPresent()) {
          reusedCalls.incrementAndGet();
        }
        if (outcome == Outcome.VALUE && !prefetched && p.info().isEmpty()) {
          failures.add(
              "wrong value: "
                  + call.signature()
                  + " of "
                  + p
                  + " answered "
                  + value
                  + " after the pid had "
                  + (before.isEmpty() ? "no process" : "start tick " + before.getAsLong()));
        }
      }
      if (outcome == Outcome.VALUE) {
        Map<ProcessAttr, Object> asMap = new EnumMap<>(ProcessAttr.class);
        if (call.signature().equals("cmdline()")) {
          asMap.put(ProcessAttr.CMDLINE, value);
        } else if (call.signature().equals("environ()")) {
          asMap.put(ProcessAttr.ENVIRON, value);
        } else if (value instanceof Map<?, ?> m && call.signature().startsWith("asDict")) {
          m.forEach((k, v) -> asMap.put((ProcessAttr) k, v));
        }
        checkTokens(p, asMap);
      }
    }
  }

  /** A churn child's token must have been given to this very process. */
  @SuppressWarnings("unchecked")
  private void checkTokens(OsProcess p, Map<ProcessAttr, Object> values) {
    long fromCmdline = -1;
    long fromEnviron = -1;
    if (values.get(ProcessAttr.CMDLINE) instanceof List<?> cmdline) {
      fromCmdline = ChurnLoad.tokenOfCmdline((List<String>) cmdline);
    }
    if (values.get(ProcessAttr.ENVIRON) instanceof Map<?, ?> env) {
      fromEnviron = ChurnLoad.tokenOfEnviron((Map<String, String>) env);
    }
    for (long token : new long[] {fromCmdline, fromEnviron}) {
      if (token < 0) {
        continue;
      }
      ChurnLoad.Spawn spawn = load.spawn(token).orElse(null);
      if (spawn == null) {
        continue; // exited before the load could note its create time
      }
      tokenChecks.incrementAndGet();
      Instant created;
      try {
        created = p.createTime();
      } catch (NoSuchProcess gone) {
        continue; // gone before its first createTime(): nothing to compare with
      }
      if (spawn.pid() != p.pid() || !spawn.createTime().equals(created)) {
        failures.add("wrong value: token " + token + " of " + spawn + " read through handle " + p);
      }
    }
  }

  private void system(Random random) {
    systemCalls.addAndGet(4);
    ps.pids();
    ps.pidExists(1 + random.nextInt(32768));
    ps.netConnections(ConnectionKind.ALL);
    ps.self().children(true);
  }

  private long ticks(Instant createTime) {
    double seconds = createTime.getEpochSecond() - bootTime + createTime.getNano() / 1e9;
    return Math.round(seconds * clockTicks);
  }

  private void fail(String what, Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    if (failures.size() < 50) {
      failures.add(what + ": " + w);
    } else {
      failures.add(what + ": " + t);
    }
  }
}
