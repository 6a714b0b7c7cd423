package io.github.jpsutil.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jpsutil.Oneshot;
import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.Rlimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * One shared {@link Psutil} and shared {@link OsProcess} handles, used by {@value #THREADS} threads
 * at once for {@value #SECONDS} s: values that do not change (of a sleeping child) equal the
 * single-threaded ones, in and out of oneshot scopes, through asDict and through processIter's
 * shared handles; cpuPercent keeps a baseline per thread (each thread's first call is 0.0, even on
 * a busy process); the nowrap counters never add a correction for a decrease that never happened
 * (per disk and NIC, raw before ≤ nowrap ≤ raw after); and nothing deadlocks (the whole run is
 * bounded by assertTimeoutPreemptively).
 */
@Tag("reliability")
@EnabledOnOs(OS.LINUX)
class ConcurrencyTest {
  static final int THREADS = 8;
  static final int SECONDS = 8;

  private final Children children = new Children();

  @AfterEach
  void killChildren() throws InterruptedException {
    children.close();
  }

  /** The getters whose answers for a sleeping child do not change. */
  private static Map<String, Function<OsProcess, Object>> stableGetters() {
    Map<String, Function<OsProcess, Object>> g = new LinkedHashMap<>();
    g.put("name", OsProcess::name);
    g.put("exe", OsProcess::exe);
    g.put("cmdline", OsProcess::cmdline);
    g.put("environ", OsProcess::environ);
    g.put("cwd", OsProcess::cwd);
    g.put("createTime", OsProcess::createTime);
    g.put("ppid", OsProcess::ppid);
    g.put("status", OsProcess::status);
    g.put("uids", OsProcess::uids);
    g.put("gids", OsProcess::gids);
    g.put("username", OsProcess::username);
    g.put("terminal", OsProcess::terminal);
    g.put("nice", OsProcess::nice);
    g.put("ionice", OsProcess::ionice);
    g.put("cpuAffinity", OsProcess::cpuAffinity);
    g.put("numThreads", OsProcess::numThreads);
    g.put("rlimit", p -> p.rlimit(Rlimit.NOFILE));
    g.put("isRunning", OsProcess::isRunning);
    g.put(
        "asDict",
        p -> p.asDict(EnumSet.of(ProcessAttr.NAME, ProcessAttr.CMDLINE, ProcessAttr.UIDS), null));
    return g;
  }

  @Test
  void sharedInstancesGiveSingleThreadedAnswersAndNeverDeadlock() throws Exception {
    Psutil ps = Psutil.builder().build();
    Process sleeper = children.start("sleep", "1000");
    Process busy = children.start("sh", "-c", "while :; do :; done");
    assertThat(Children.awaitComm(sleeper, "sleep")).isTrue();
    OsProcess s = ps.process((int) sleeper.pid());
    OsProcess b = ps.process((int) busy.pid());
    Thread.sleep(200); // a status of S, settled
    Map<String, Function<OsProcess, Object>> getters = stableGetters();
    Map<String, Object> reference = new LinkedHashMap<>();
    getters.forEach((k, f) -> reference.put(k, f.apply(s)));

    AtomicLong calls = new AtomicLong();
    List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
    List<String> firstPercents = Collections.synchronizedList(new ArrayList<>());
    List<String> nowrap = Collections.synchronizedList(new ArrayList<>());
    assertTimeoutPreemptively(
        Duration.ofSeconds(SECONDS + 60),
        () -> {
          ExecutorService pool = Executors.newFixedThreadPool(THREADS);
          CyclicBarrier together = new CyclicBarrier(THREADS);
          List<Future<?>> done = new ArrayList<>();
          for (int t = 0; t < THREADS; t++) {
            int id = t;
            done.add(
                pool.submit(
                    () -> {
                      together.await();
                      // Per-thread baselines: every thread's first call is 0.0.
                      double system = ps.cpuPercent();
                      double process = b.cpuPercent();
                      if (system != 0.0 || process != 0.0) {
                        firstPercents.add("thread " + id + ": " + system + ", " + process);
                      }
                      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
                      for (int round = 0; System.nanoTime() < end; round++) {
                        rounds(ps, s, b, round, getters, reference, calls, mismatches, nowrap);
                      }
                      return null;
                    }));
          }
          for (Future<?> f : done) {
            f.get();
          }
          pool.shutdown();
        });
    Figures.put("concurrency.threads", THREADS);
    Figures.put("concurrency.calls", calls.get());
    Figures.put("concurrency.mismatches", mismatches.size());
    Figures.put("concurrency.nonzero_first_cpu_percent", firstPercents.size());
    Figures.put("concurrency.nowrap_violations", nowrap.size());
    assertThat(mismatches).isEmpty();
    assertThat(firstPercents).isEmpty();
    assertThat(nowrap).isEmpty();
    assertThat(b.cpuPercent()).as("this thread's first call").isZero();
    Thread.sleep(200);
    assertThat(b.cpuPercent()).as("the busy child, since this thread's first call").isPositive();
  }

  private static void rounds(
      Psutil ps,
      OsProcess s,
      OsProcess b,
      int round,
      Map<String, Function<OsProcess, Object>> getters,
      Map<String, Object> reference,
      AtomicLong calls,
      List<String> mismatches,
      List<String> nowrap)
      throws InterruptedException {
    switch (round % 4) {
      case 0 -> compare(s, getters, reference, calls, mismatches, "plain");
      case 1 -> {
        try (Oneshot outer = s.oneshot();
            Oneshot inner = s.oneshot()) {
          compare(s, getters, reference, calls, mismatches, "oneshot");
        }
      }
      case 2 -> {
        OsProcess shared = null;
        for (OsProcess p : ps.processIter()) {
          if (p.pid() == s.pid()) {
            shared = p;
          }
        }
        calls.incrementAndGet();
        if (shared == null) {
          mismatches.add("processIter lost pid " + s.pid());
        } else {
          compare(shared, getters, reference, calls, mismatches, "processIter");
        }
      }
      default -> {
        counters(ps, calls, nowrap);
        b.cpuPercent();
        b.cpuPercent(Duration.ofMillis(5));
        calls.addAndGet(2);
      }
    }
  }

  private static void compare(
      OsProcess p,
      Map<String, Function<OsProcess, Object>> getters,
      Map<String, Object> reference,
      AtomicLong calls,
      List<String> mismatches,
      String how) {
    for (Map.Entry<String, Function<OsProcess, Object>> g : getters.entrySet()) {
      Object v = g.getValue().apply(p);
      calls.incrementAndGet();
      if (!reference.get(g.getKey()).equals(v) && mismatches.size() < 20) {
        mismatches.add(how + " " + g.getKey() + ": " + v + " != " + reference.get(g.getKey()));
      }
    }
  }

  /** raw before ≤ nowrap ≤ raw after, field by field, for every disk and NIC in all three. */
  private static void counters(Psutil ps, AtomicLong calls, List<String> violations) {
    Map<String, Map<String, Long>> before = new LinkedHashMap<>();
    Map<String, Map<String, Long>> corrected = new LinkedHashMap<>();
    Map<String, Map<String, Long>> after = new LinkedHashMap<>();
    ps.perDiskIoCounters(false).forEach((k, v) -> before.put("disk " + k, v.asMap()));
    ps.perNicIoCounters(false).forEach((k, v) -> before.put("nic " + k, v.asMap()));
    ps.perDiskIoCounters(true).forEach((k, v) -> corrected.put("disk " + k, v.asMap()));
    ps.perNicIoCounters(true).forEach((k, v) -> corrected.put("nic " + k, v.asMap()));
    ps.perDiskIoCounters(false).forEach((k, v) -> after.put("disk " + k, v.asMap()));
    ps.perNicIoCounters(false).forEach((k, v) -> after.put("nic " + k, v.asMap()));
    calls.addAndGet(6);
    for (Map.Entry<String, Map<String, Long>> e : corrected.entrySet()) {
      Map<String, Long> lo = before.get(e.getKey());
      Map<String, Long> hi = after.get(e.getKey());
      if (lo == null || hi == null) {
        continue; // appeared or vanished meanwhile
      }
      for (Map.Entry<String, Long> f : e.getValue().entrySet()) {
        long v = f.getValue();
        if ((v < lo.get(f.getKey()) || v > hi.get(f.getKey())) && violations.size() < 20) {
          violations.add(
              e.getKey()
                  + " "
                  + f.getKey()
                  + ": "
                  + lo.get(f.getKey())
                  + " <= "
                  + v
                  + " <= "
                  + hi.get(f.getKey())
                  + " fails");
        }
      }
    }
  }
}
