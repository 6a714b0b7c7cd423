package io.github.jpsutil.reliability;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.NoSuchProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A background load that starts and kills short-lived processes, hundreds per second:
 *
 * <ul>
 *   <li>a shell loop ({@link #LOOP}) that forks as fast as it can: {@code /bin/true}, which exits
 *       at once, often before anyone can read it, and {@code sh -c 'true & exec sleep 0.05'}, which
 *       execs a different program and leaves a zombie (the {@code true} its new program never
 *       reaps) until it exits; three processes per round;
 *   <li>Java threads that start {@code true} and {@code sleep 30.NNNNNN}, killed after 0–2 s, and,
 *       as root, force PID reuse: a sleeper of at least 30 ms is killed and reaped, and the next
 *       sleeper is started on its pid through {@code ns_last_pid}.
 * </ul>
 *
 * Every child of the Java threads carries a token, {@code N}, in its environment ({@value #TOKEN})
 * and, for the sleepers, in its command line ({@code 30.N}, N zero-padded to 6 digits); {@link
 * #spawn} tells which pid and create time each token was given, so a reader can tell whether a
 * value it read through a handle belongs to the handle's process. The Java threads serialize their
 * spawns, so a chosen pid is not taken by their own forks (the shell loop may take it: that reuse
 * attempt is then not counted).
 */
final class ChurnLoad implements AutoCloseable {
  static final String TOKEN = "JPSUTIL_CHURN_TOKEN";

  /**
   * The shell loop ({@code $1} is a file): three processes per round, and a byte appended to the
   * file, so its size counts the rounds; every 10 rounds it sleeps 20 ms to leave the readers some
   * CPU, and exits if the JVM that started it is gone. Killed with SIGKILL.
   */
  static final String LOOP =
      "i=0; while :; do /bin/true & sh -c 'true & exec sleep 0.05' & printf x >> \"$1\"; "
          + "i=$((i+1)); if [ $((i % 10)) -eq 0 ]; then kill -0 $PPID || exit; sleep 0.02; fi; done";

  /** Where and when a token's process started. */
  record Spawn(int pid, Instant createTime) {}

  private record Sleeper(Process process, long killAtNanos, long startedNanos) {}

  private final Psutil ps;
  private final Children children = new Children();
  private final Map<Long, Spawn> spawns = new ConcurrentHashMap<>();
  private final AtomicLong tokens = new AtomicLong();
  private final AtomicLong started = new AtomicLong();
  private final AtomicLong forcedReuses = new AtomicLong();
  private final Object forkLock = new Object();
  private final boolean canReuse = Children.canChooseNextPid();
  private final Thread[] workers;
  private Process loop;
  private Path loopRounds;
  private long loopProcesses;
  private volatile boolean stop;
  private volatile Throwable failure;

  ChurnLoad(Psutil ps, int threads) {
    this.ps = ps;
    this.workers = new Thread[threads];
    for (int i = 0; i < threads; i++) {
      long seed = 42 + i;
      workers[i] = new Thread(() -> run(new Random(seed)), "churn-" + i);
      workers[i].setDaemon(true);
    }
  }

  ChurnLoad start() {
    try {
      loopRounds = Files.createTempFile("churn-rounds", ".txt");
      loop =
          new ProcessBuilder("sh", "-c", LOOP, "churn-loop", loopRounds.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Thread t : workers) {
      t.start();
    }
    return this;
  }

  /** Processes started, by the Java threads and (once closed) the shell loop. */
  long started() {
    return started.get() + loopProcesses;
  }

  long forcedReuses() {
    return forcedReuses.get();
  }

  /** The spawn that got {@code token}, if its pid and create time could be read at once. */
  Optional<Spawn> spawn(long token) {
    return Optional.ofNullable(spawns.get(token));
  }

  /** The token in a sleeper's command line ({@code sleep 30.NNNNNN}), or -1. */
  static long tokenOfCmdline(List<String> cmdline) {
    if (cmdline.size() == 2 && cmdline.get(0).equals("sleep") && cmdline.get(1).startsWith("30.")) {
      return Long.parseLong(cmdline.get(1).substring(3));
    }
    return -1;
  }

  /** The token in an environment, or -1. */
  static long tokenOfEnviron(Map<String, String> environ) {
    String t = environ.get(TOKEN);
    return t == null ? -1 : Long.parseLong(t);
  }

  private void run(Random random) {
    ArrayDeque<Sleeper> sleepers = new ArrayDeque<>();
    try {
      while (!stop) {
        long now = System.nanoTime();
        sleepers.removeIf(
            s -> {
              if (s.killAtNanos() > now) {
                return false;
              }
              s.process().destroyForcibly();
              return true;
            });
        int kind = random.nextInt(canReuse ? 3 : 2);
        if (kind == 2 && !sleepers.isEmpty()) {
          reuse(sleepers);
        } else if (kind == 0) {
          spawn(tokens.incrementAndGet(), List.of("true"));
        } else {
          long token = tokens.incrementAndGet();
          Process p = spawn(token, List.of("sleep", String.format("30.%06d", token)));
          long killAt = now + random.nextInt(2_000_000_000);
          sleepers.addLast(new Sleeper(p, killAt, now));
        }
        if (random.nextInt(64) == 0) {
          children.prune();
        }
      }
    } catch (Throwable t) {
      failure = t;
    } finally {
      for (Sleeper s : sleepers) {
        s.process().destroyForcibly();
      }
    }
  }

  private Process spawn(long token, List<String> command) {
    Process p;
    synchronized (forkLock) {
      p = children.start(Map.of(TOKEN, Long.toString(token)), command);
    }
    record(token, p);
    return p;
  }

  /** Kills the oldest sleeper if it lived 30 ms (a start tick of its own), and takes its pid. */
  private void reuse(ArrayDeque<Sleeper> sleepers) throws InterruptedException {
    Sleeper old = sleepers.peekFirst();
    if (System.nanoTime() - old.startedNanos() < 30_000_000) {
      return;
    }
    sleepers.pollFirst();
    int pid = (int) old.process().pid();
    long token = tokens.incrementAndGet();
    Process p;
    synchronized (forkLock) {
      Children.kill(old.process());
      p =
          children.startAtPid(
              pid,
              1,
              Map.of(TOKEN, Long.toString(token)),
              List.of("sleep", String.format("30.%06d", token)));
    }
    if (p != null) {
      forcedReuses.incrementAndGet();
      record(token, p);
      long now = System.nanoTime();
      sleepers.addLast(new Sleeper(p, now + 300_000_000, now));
    }
  }

  private void record(long token, Process p) {
    started.incrementAndGet();
    try {
      spawns.put(token, new Spawn((int) p.pid(), ps.process((int) p.pid()).createTime()));
    } catch (NoSuchProcess e) {
      // Exited before it could be read: readers cannot have read it either.
    }
  }

  /** Stops the load and kills what it started; closing twice is harmless. */
  @Override
  public void close() throws Exception {
    stop = true;
    for (Thread t : workers) {
      t.join(10_000);
    }
    if (loop != null) {
      Children.kill(loop);
      loopProcesses = 3 * Files.size(loopRounds);
      Files.delete(loopRounds);
      loop = null;
    }
    children.close();
    if (failure != null) {
      throw new AssertionError("the churn load failed", failure);
    }
  }
}
