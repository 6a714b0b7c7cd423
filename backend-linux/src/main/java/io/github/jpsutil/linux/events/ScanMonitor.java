package io.github.jpsutil.linux.events;

import io.github.jpsutil.api.ProcessEvent;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.acquire.NumericDirectory;
import io.github.jpsutil.linux.acquire.PidfdWatch;
import io.github.jpsutil.linux.parse.PidStat;
import io.github.jpsutil.linux.parse.WaitStatus;
import io.github.jpsutil.spi.EventMonitor;
import io.github.jpsutil.spi.EventSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The unprivileged fallback: lists {@code /proc} every interval and reports each process not seen
 * before as started; holds a pidfd on every process it has seen (those running when it opened
 * included) and reports its exit when the pidfd turns readable, with the exit status if the process
 * can still be read as a zombie. Between scans it waits in {@code poll(2)} on the pidfds, so exits
 * are reported as they happen, not at the next scan.
 *
 * <p>Limits, by construction: a process that starts and ends between two scans is never seen; execs
 * are not reported; a process's exit status is known only while it is a zombie that this process
 * may inspect (see {@link ProcessFacts#zombieStatus}); one descriptor per live process is held
 * (RLIMIT_NOFILE must allow it).
 */
final class ScanMonitor implements EventMonitor {
  private final LinuxFiles files;
  private final ProcessFacts facts;
  private final EventSink sink;
  private final long intervalNanos;
  private final Path proc;
  private final PidfdWatch watch = new PidfdWatch();

  /** Every process seen and not yet exited: pid → its parent and name when first seen. */
  private final Map<Integer, Seen> seen = new HashMap<>();

  private final Thread thread;
  private volatile boolean stopping;

  /**
   * Processes reported exited that may still be listed (zombies not yet reaped): pid → start time,
   * so the same zombie is not reported again, while a new process that got the pid is.
   */
  private final Map<Integer, Long> exitedStillListed = new HashMap<>();

  private record Seen(int ppid, Optional<String> name, long starttime) {}

  /**
   * Takes the baseline (processes already running are watched for their exit but not reported as
   * started) on the caller's thread, so that everything started after this returns is observed.
   */
  ScanMonitor(LinuxFiles files, ProcessFacts facts, Duration interval, EventSink sink) {
    this.files = files;
    this.facts = facts;
    this.sink = sink;
    this.intervalNanos = interval.toNanos();
    this.proc = files.config().procfs();
    try {
      scan(false);
    } catch (RuntimeException e) {
      watch.close();
      throw e;
    }
    this.thread = new Thread(this::run, "jpsutil-events-scan");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (!stopping) {
        long deadline = System.nanoTime() + intervalNanos;
        long left;
        while (!stopping && (left = deadline - System.nanoTime()) > 0) {
          // Wake at least every 100 ms to notice close().
          int wait = (int) Math.min(100, Math.max(1, left / 1_000_000));
          for (int pid : watch.awaitExits(wait)) {
            exited(pid);
          }
        }
        if (!stopping) {
          scan(true);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      sink.failed(e);
    } finally {
      watch.close();
    }
  }

  /** One listing of {@code /proc}: every pid not seen before is watched and, if asked, reported. */
  private void scan(boolean report) {
    int[] pids;
    try {
      pids = NumericDirectory.list(proc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + proc + ": " + e.getMessage(), e);
    }
    if (report) {
      // Exits that came before the listing go out before the starts it finds: a process started
      // after another ended (a shell running two commands in turn, a pid reused) is then reported
      // in that order, not in the order of this loop's wake-ups.
      drainExits();
    }
    Set<Integer> listed = new HashSet<>(pids.length * 2);
    for (int pid : pids) {
      listed.add(pid);
      if (seen.containsKey(pid)) {
        continue;
      }
      Optional<PidStat> stat = facts.stat(pid);
      if (stat.isEmpty()) {
        continue; // gone between the listing and the read: never seen
      }
      Long exitedStart = exitedStillListed.get(pid);
      if (exitedStart != null && exitedStart == stat.get().starttime()) {
        continue; // the zombie of a process already reported exited
      }
      int ppid = stat.get().ppid();
      Optional<String> name = facts.name(pid);
      Optional<List<String>> cmdline = report ? facts.cmdline(pid) : Optional.empty();
      seen.put(pid, new Seen(ppid, name, stat.get().starttime()));
      if (report) {
        sink.accept(new ProcessEvent.Start(Instant.now(), pid, ppid, name, cmdline));
      }
      if (!watch.add(pid)) {
        if (report) {
          // Reaped between the read and pidfd_open: it was reported started, so its end is too.
          exited(pid);
        } else {
          seen.remove(pid);
        }
      }
    }
    exitedStillListed.keySet().retainAll(listed);
  }

  private void drainExits() {
    try {
      for (int pid : watch.awaitExits(0)) {
        exited(pid);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // run() sees it at its next wait and stops
    }
  }

  private void exited(int pid) {
    Seen s = seen.remove(pid);
    if (s != null) {
      exitedStillListed.put(pid, s.starttime());
    }
    OptionalInt status = facts.zombieStatus(pid);
    OptionalInt code =
        status.isPresent() ? WaitStatus.exitCode(status.getAsInt()) : OptionalInt.empty();
    OptionalInt signal =
        status.isPresent() ? WaitStatus.signal(status.getAsInt()) : OptionalInt.empty();
    sink.accept(
        new ProcessEvent.Exit(
            Instant.now(),
            pid,
            s != null ? OptionalInt.of(s.ppid()) : OptionalInt.empty(),
            s != null ? s.name() : Optional.empty(),
            code,
            signal));
  }

  @Override
  public void close() {
    stopping = true;
    MonitorThreads.join(thread);
  }
}
