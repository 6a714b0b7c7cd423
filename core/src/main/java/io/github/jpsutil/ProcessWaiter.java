package io.github.jpsutil;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.TimeoutExpired;
import io.github.jpsutil.spi.ProcessExit;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * psutil's {@code wait()} (psutil/_psposix.py {@code wait_pid}). A child made with {@code
 * Psutil.popen} is waited for through its {@link Process}, which the JDK reaps: its exit code
 * follows the JDK's convention (128 + the signal number for a process killed by a signal, where
 * psutil returns the negative signal). Any other process is waited for event-driven by the backend
 * (pidfd on Linux); it yields the exit code where the OS tells it to a non-parent (Windows, as
 * psutil's {@code proc_wait}) and no code on POSIX; as in psutil, a zombie no one reaps still
 * counts as running.
 */
final class ProcessWaiter {
  private static final long MAX_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(40);

  private ProcessWaiter() {}

  /** {@code timeout} null waits forever. */
  static OptionalInt waitFor(OsProcess p, Duration timeout) throws InterruptedException {
    if (p.pid() == 0) {
      throw new IllegalArgumentException("can't wait for PID 0");
    }
    OptionalInt cached = p.returnCode();
    if (cached.isPresent()) {
      return cached;
    }
    long deadline = Deadline.of(timeout);
    Process child = p.child();
    if (child != null) {
      boolean done =
          timeout == null
              ? waitForever(child)
              : child.waitFor(Deadline.left(deadline), TimeUnit.NANOSECONDS);
      if (!done) {
        throw timeout(p, timeout);
      }
      p.returnCode(child.exitValue());
      return OptionalInt.of(child.exitValue());
    }
    ProcessExit exit = awaitGone(p, deadline);
    if (!exit.exited()) {
      throw timeout(p, timeout);
    }
    exit.exitCode().ifPresent(p::returnCode);
    return exit.exitCode();
  }

  private static boolean waitForever(Process child) throws InterruptedException {
    child.waitFor();
    return true;
  }

  /** Exited once the pid is gone (not merely a zombie) or was reused; timed out at the deadline. */
  private static ProcessExit awaitGone(OsProcess p, long deadline) throws InterruptedException {
    long remaining = Deadline.left(deadline);
    ProcessExit exit = p.ops().awaitExitStatus(remaining);
    if (!exit.exited()) {
      return exit;
    }
    // The exit event fires when the process becomes a zombie; psutil waits until it is reaped.
    long backoff = TimeUnit.MICROSECONDS.toNanos(100);
    while (isZombie(p)) {
      remaining = Deadline.left(deadline);
      if (remaining <= 0) {
        return ProcessExit.timedOut();
      }
      TimeUnit.NANOSECONDS.sleep(Math.min(backoff, remaining));
      backoff = Math.min(backoff * 2, MAX_BACKOFF_NANOS);
    }
    return exit;
  }

  private static boolean isZombie(OsProcess p) {
    try {
      p.checkIdentity();
      return p.ops().status() == ProcessStatus.ZOMBIE;
    } catch (NoSuchProcess e) {
      return false;
    }
  }

  private static TimeoutExpired timeout(OsProcess p, Duration timeout) {
    return new TimeoutExpired(Deadline.seconds(timeout), p.pid(), p.knownName());
  }
}
