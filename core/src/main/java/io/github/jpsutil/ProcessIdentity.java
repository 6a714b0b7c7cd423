package io.github.jpsutil;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ZombieProcess;
import io.github.jpsutil.spi.ProcessOps;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Who an {@link OsProcess} handle is about: its pid, the start time that tells it from a later
 * process with the same pid, whether that already happened, and the name last read. Also the one
 * place backend exceptions get that name attached (psutil sets {@code name} once it is known).
 */
final class ProcessIdentity {
  private final Psutil psutil;
  private final int pid;
  private final OptionalLong startTime;
  private volatile boolean reused;
  private volatile String knownName;

  ProcessIdentity(Psutil psutil, int pid, OptionalLong startTime) {
    this.psutil = psutil;
    this.pid = pid;
    this.startTime = startTime;
  }

  OptionalLong startTime() {
    return startTime;
  }

  boolean reused() {
    return reused;
  }

  String knownName() {
    return knownName;
  }

  void knownName(String name) {
    knownName = name;
  }

  /**
   * Raises NoSuchProcess if the pid is gone or now names another process (different start time).
   * Where the OS has no reliable start time, identity is unknown and counts as equal (psutil
   * gh-2895).
   */
  void check() {
    if (reused) {
      throw reusedError();
    }
    OptionalLong now;
    try {
      now = psutil.backend().processes().open(pid).identityTime();
    } catch (NoSuchProcess | AccessDenied e) {
      throw checkFailed(e);
    }
    compare(now);
  }

  /**
   * {@link #check()} against the start time {@code ops} reads: inside a oneshot scope the scope's
   * own read, so a getter such as ppid and its check come from one snapshot at no extra cost.
   * Actions (setters) use {@link #check()}, which always reads afresh. Plain calls, no lambda: this
   * runs for every process of a scan, first of all in a fresh JVM.
   */
  void checkAsOf(ProcessOps ops) {
    if (reused) {
      throw reusedError();
    }
    OptionalLong now;
    try {
      now = ops.currentIdentityTime();
    } catch (NoSuchProcess | AccessDenied e) {
      throw checkFailed(e);
    }
    compare(now);
  }

  private RuntimeException checkFailed(RuntimeException e) {
    RuntimeException named = translated(e);
    if (named instanceof ZombieProcess || !(named instanceof NoSuchProcess gone)) {
      return named;
    }
    if (NoSuchProcess.REUSED.equals(gone.msg())) {
      return gone;
    }
    // open() says "process PID not found", a constructor's message; for a handle whose process
    // went away psutil raises its plain "process no longer exists".
    return new NoSuchProcess(pid, knownName, NoSuchProcess.GONE);
  }

  private void compare(OptionalLong nowStart) {
    if (startTime.isPresent()
        && nowStart.isPresent()
        && startTime.getAsLong() != nowStart.getAsLong()) {
      markReused();
      throw reusedError();
    }
  }

  /** Records that the pid now belongs to another process, so processIter replaces the handle. */
  void markReused() {
    reused = true;
    psutil.processTable().forget(pid);
  }

  NoSuchProcess reusedError() {
    return new NoSuchProcess(pid, knownName, NoSuchProcess.REUSED);
  }

  /** Same pid and, where both are known, the same start time (psutil's {@code __eq__}). */
  boolean sameAs(ProcessIdentity other) {
    return other.pid == pid
        && (startTime.isEmpty()
            || other.startTime.isEmpty()
            || startTime.getAsLong() == other.startTime.getAsLong());
  }

  /** Runs a backend call, adding the known name to the exceptions it raises. */
  <T> T call(Supplier<T> read) {
    try {
      return read.get();
    } catch (NoSuchProcess | AccessDenied e) {
      throw translated(e);
    }
  }

  /**
   * What a backend call's NoSuchProcess or AccessDenied becomes: a reused pid is recorded, and the
   * known name is attached where the backend had none.
   */
  RuntimeException translated(RuntimeException e) {
    if (e instanceof NoSuchProcess gone) {
      if (NoSuchProcess.REUSED.equals(gone.msg())) {
        markReused();
      }
      return named(gone);
    }
    if (e instanceof AccessDenied denied && denied.name().isEmpty() && knownName != null) {
      return new AccessDenied(pid, knownName, denied.msg());
    }
    return e;
  }

  /** {@link #call(Supplier)} for an action. */
  void act(Runnable action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }

  private NoSuchProcess named(NoSuchProcess e) {
    if (e.name().isPresent() || knownName == null) {
      return e;
    }
    if (e instanceof ZombieProcess z) {
      Integer ppid = z.ppid().isPresent() ? z.ppid().getAsInt() : null;
      return new ZombieProcess(pid, knownName, ppid, e.msg());
    }
    return new NoSuchProcess(pid, knownName, e.msg());
  }
}
