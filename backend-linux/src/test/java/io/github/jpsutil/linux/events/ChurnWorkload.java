package io.github.jpsutil.linux.events;

import io.github.jpsutil.api.ProcessEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A shell ({@code /bin/sh}, dash on Debian) that starts {@code count} children in the background,
 * each a new {@code sh -c} living at least {@code lifeSeconds}, then ending with exit code {@code i
 * % 256} — or, for every tenth, killed by its own SIGKILL — and prints each child's pid. Then it
 * execs {@code sleep reapAfterSeconds}, which never waits for children: they stay zombies that long
 * (a shell would reap them), long enough for the scan to read their status. The expected outcome of
 * every child is known independently of jpsutil: the shell printed the pid ({@code $!}) and the
 * script fixes the exit.
 */
public final class ChurnWorkload {
  /** What one child must be reported as. */
  public record Expected(int pid, OptionalInt exitCode, OptionalInt signal) {}

  private final int driverPid;
  private final List<Expected> children;

  private ChurnWorkload(int driverPid, List<Expected> children) {
    this.driverPid = driverPid;
    this.children = children;
  }

  /** Runs the shell to the end (all children ended) and returns what it started. */
  public static ChurnWorkload run(int count, String lifeSeconds, String reapAfterSeconds)
      throws Exception {
    Path dir = Files.createTempDirectory("jpsutil-churn");
    Path fifo = dir.resolve("go");
    try {
      return run(count, lifeSeconds, reapAfterSeconds, fifo);
    } finally {
      Files.deleteIfExists(fifo);
      Files.delete(dir);
    }
  }

  private static ChurnWorkload run(
      int count, String lifeSeconds, String reapAfterSeconds, Path fifo) throws Exception {
    // Each child first opens the FIFO, which blocks until the driver opens it for writing after
    // the loop; the driver then execs sleep at once, so no child can end while the driver is
    // still a shell (dash reaps finished background jobs while it forks new ones).
    String wait = "exec 3<" + fifo + "; sleep " + lifeSeconds;
    String script =
        "mkfifo "
            + fifo
            + "; i=0; while [ $i -lt "
            + count
            + " ]; do"
            + " if [ $((i % 10)) -eq 9 ]; then sh -c '"
            + wait
            + "; kill -KILL $$' &"
            + " else sh -c \""
            + wait
            + "; exit $((i % 256))\" & fi;"
            + " echo $!; i=$((i + 1)); done; exec 3>"
            + fifo
            + "; exec sleep "
            + reapAfterSeconds;
    Process p = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
    List<Expected> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      int i = 0;
      while ((line = r.readLine()) != null) {
        int pid = Integer.parseInt(line.strip());
        out.add(
            i % 10 == 9
                ? new Expected(pid, OptionalInt.empty(), OptionalInt.of(9))
                : new Expected(pid, OptionalInt.of(i % 256), OptionalInt.empty()));
        i++;
      }
    }
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("workload shell did not end cleanly");
    }
    if (out.size() != count) {
      throw new IllegalStateException("workload printed " + out.size() + " pids, not " + count);
    }
    return new ChurnWorkload((int) p.pid(), List.copyOf(out));
  }

  public int driverPid() {
    return driverPid;
  }

  public List<Expected> children() {
    return children;
  }

  /**
   * The events of each child, in delivery order, from its Start by the driver on (events of an
   * earlier process with the same pid are left out).
   */
  public Map<Integer, List<ProcessEvent>> perChild(List<ProcessEvent> events) {
    Map<Integer, List<ProcessEvent>> by = new LinkedHashMap<>();
    for (Expected e : children) {
      by.put(e.pid(), new ArrayList<>());
    }
    for (ProcessEvent ev : events) {
      int pid = pidOf(ev);
      List<ProcessEvent> list = by.get(pid);
      if (list == null) {
        continue;
      }
      if (ev instanceof ProcessEvent.Start s && s.ppid() == driverPid) {
        list.clear();
      }
      list.add(ev);
    }
    return by;
  }

  /** Waits until every child has an Exit in {@code events}, up to {@code timeoutMillis}. */
  public void awaitExits(Supplier<List<ProcessEvent>> events, long timeoutMillis)
      throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < end) {
      Map<Integer, List<ProcessEvent>> by = perChild(events.get());
      if (by.values().stream()
          .allMatch(l -> !l.isEmpty() && l.get(l.size() - 1) instanceof ProcessEvent.Exit)) {
        return;
      }
      Thread.sleep(20);
    }
  }

  static int pidOf(ProcessEvent ev) {
    if (ev instanceof ProcessEvent.Start s) {
      return s.pid();
    }
    if (ev instanceof ProcessEvent.Exec x) {
      return x.pid();
    }
    if (ev instanceof ProcessEvent.Exit x) {
      return x.pid();
    }
    return -1;
  }
}
