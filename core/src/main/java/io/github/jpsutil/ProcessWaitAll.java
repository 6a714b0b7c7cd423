package io.github.jpsutil;

import io.github.jpsutil.api.TimeoutExpired;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * psutil's {@code wait_procs} (psutil/__init__.py): passes over the live processes giving each at
 * most {@code 1/len(alive)} seconds, then one last non-blocking pass. Never throws TimeoutExpired.
 */
final class ProcessWaitAll {
  private ProcessWaitAll() {}

  static WaitResult run(Collection<OsProcess> procs, Duration timeout, Consumer<OsProcess> callback)
      throws InterruptedException {
    Set<OsProcess> alive = new LinkedHashSet<>(procs);
    List<OsProcess> gone = new ArrayList<>();
    long deadline = Deadline.of(timeout);
    while (!alive.isEmpty() && (timeout == null || System.nanoTime() < deadline)) {
      // Each pass may end without blocking (a backend whose wait returns at once), so the
      // interrupt is checked here too, not only inside a blocking wait.
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while waiting for processes");
      }
      long slice = 1_000_000_000L / alive.size();
      for (OsProcess p : new ArrayList<>(alive)) {
        long left = Deadline.left(deadline);
        if (timeout != null && left <= 0) {
          break;
        }
        if (checkGone(
            p, Duration.ofNanos(timeout == null ? slice : Math.min(slice, left)), callback)) {
          alive.remove(p);
          gone.add(p);
        }
      }
    }
    for (OsProcess p : new ArrayList<>(alive)) {
      if (checkGone(p, Duration.ZERO, callback)) {
        alive.remove(p);
        gone.add(p);
      }
    }
    return new WaitResult(gone, new ArrayList<>(alive));
  }

  private static boolean checkGone(OsProcess p, Duration slice, Consumer<OsProcess> callback)
      throws InterruptedException {
    OptionalInt code;
    try {
      code = p.waitFor(slice);
    } catch (TimeoutExpired e) {
      return false;
    }
    if (code.isPresent() || !p.isRunning()) {
      if (callback != null) {
        callback.accept(p);
      }
      return true;
    }
    return false;
  }
}
