package io.github.jpsutil.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One process start, exec or exit, or a notice that events were lost. Not in psutil (psutil gh-899
 * and gh-2348 ask for it); delivered by {@code Psutil.processEvents(…)}.
 *
 * <p>Which fields are filled depends on the mode ({@link ProcessEventMode}): the kernel's process
 * connector reports every fork, exec and exit with the exit status; the {@code /proc} scan reports
 * starts it saw and exits through a pidfd, with the exit status only when the exited process could
 * still be read as a zombie. {@link #time()} is the wall-clock time jpsutil received the event.
 */
public sealed interface ProcessEvent {

  /** {@return what kind of event this is, for switches and for the JSON {@code type} key} */
  Type type();

  /** {@return when jpsutil received the event (wall clock, not the kernel's timestamp)} */
  Instant time();

  /** The kinds of {@link ProcessEvent}. */
  enum Type {
    /** A process was created (fork, or first seen by the scan): {@link Start}. */
    START,
    /** A process replaced its program: {@link Exec}. */
    EXEC,
    /** A process ended: {@link Exit}. */
    EXIT,
    /** Events were lost: {@link Dropped}. */
    DROPPED
  }

  /**
   * A new process. On the connector this is the fork: {@code name} and {@code cmdline} are then
   * usually the parent's, which the child inherits until it execs. On the scan it is the first scan
   * that saw the process, and the name and command line are what it ran at that moment.
   *
   * @param pid the new process's id (a thread group id: new threads are not reported)
   * @param ppid its parent's process id
   * @param name {@code /proc/[pid]/comm} when it could still be read
   * @param cmdline {@code /proc/[pid]/cmdline} when it could still be read
   * @param time when jpsutil received the event
   */
  record Start(
      Instant time, int pid, int ppid, Optional<String> name, Optional<List<String>> cmdline)
      implements ProcessEvent {
    /**
     * Checks the components and copies the collections, unmodifiable.
     *
     * @param time when jpsutil received the event
     * @param pid the new process's id (a thread group id: new threads are not reported)
     * @param ppid its parent's process id
     * @param name {@code /proc/[pid]/comm} when it could still be read
     * @param cmdline {@code /proc/[pid]/cmdline} when it could still be read
     * @throws NullPointerException if a component is null; the message names it
     */
    public Start {
      Objects.requireNonNull(time, "time");
      requirePid(pid, "pid");
      requirePpid(ppid);
      Objects.requireNonNull(name, "name");
      cmdline = Objects.requireNonNull(cmdline, "cmdline").map(List::copyOf);
    }

    @Override
    public Type type() {
      return Type.START;
    }
  }

  /**
   * A process replaced its program ({@code execve(2)}); only the connector sees these.
   *
   * @param ppid its parent, when it could still be read
   * @param name the new program's {@code comm} when it could still be read
   * @param cmdline the new command line when it could still be read
   * @param time when jpsutil received the event
   * @param pid the process that exec'd
   */
  record Exec(
      Instant time,
      int pid,
      OptionalInt ppid,
      Optional<String> name,
      Optional<List<String>> cmdline)
      implements ProcessEvent {
    /**
     * Checks the components and copies the collections, unmodifiable.
     *
     * @param time when jpsutil received the event
     * @param pid the process that exec'd
     * @param ppid its parent, when it could still be read
     * @param name the new program's {@code comm} when it could still be read
     * @param cmdline the new command line when it could still be read
     * @throws NullPointerException if a component is null; the message names it
     */
    public Exec {
      Objects.requireNonNull(time, "time");
      requirePid(pid, "pid");
      Objects.requireNonNull(ppid, "ppid");
      ppid.ifPresent(ProcessEvent::requirePpid);
      Objects.requireNonNull(name, "name");
      cmdline = Objects.requireNonNull(cmdline, "cmdline").map(List::copyOf);
    }

    @Override
    public Type type() {
      return Type.EXEC;
    }
  }

  /**
   * A process ended. Exactly one of {@code exitCode} and {@code signal} is present when the status
   * is known; both are empty when it is not (the scan, once the parent had already reaped it).
   *
   * @param ppid the parent at exit, when known: the connector's kernel event has it since Linux
   *     4.18 unless the parent reaped the child first, and then the parent jpsutil saw is given if
   *     it still runs (a child changes parent only when its parent exits); the scan remembers it
   * @param name the last {@code comm} jpsutil saw for this pid, when known
   * @param exitCode the value the process passed to {@code exit(3)} (0–255)
   * @param signal the number of the signal that killed it
   * @param time when jpsutil received the event
   * @param pid the process that exited
   */
  record Exit(
      Instant time,
      int pid,
      OptionalInt ppid,
      Optional<String> name,
      OptionalInt exitCode,
      OptionalInt signal)
      implements ProcessEvent {
    /**
     * Checks the components.
     *
     * @param time when jpsutil received the event
     * @param pid the process that exited
     * @param ppid the parent at exit, when known (see the record's description)
     * @param name the last {@code comm} jpsutil saw for this pid, when known
     * @param exitCode the value the process passed to {@code exit(3)} (0–255)
     * @param signal the number of the signal that killed it
     * @throws IllegalArgumentException if a component is out of range; the message says which
     */
    public Exit {
      Objects.requireNonNull(time, "time");
      requirePid(pid, "pid");
      Objects.requireNonNull(ppid, "ppid");
      ppid.ifPresent(ProcessEvent::requirePpid);
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(exitCode, "exitCode");
      Objects.requireNonNull(signal, "signal");
      if (exitCode.isPresent() && signal.isPresent()) {
        throw new IllegalArgumentException(
            "an exit has an exit code or a signal, not both: " + exitCode + ", " + signal);
      }
      exitCode.ifPresent(c -> requireRange(c, 0, 255, "exitCode"));
      signal.ifPresent(s -> requireRange(s, 1, 127, "signal"));
    }

    @Override
    public Type type() {
      return Type.EXIT;
    }
  }

  /**
   * Events were lost before the next one delivered.
   *
   * @param dropped events jpsutil discarded because its buffer was full (an exact count)
   * @param kernelOverflows times the kernel reported that its socket buffer overflowed ({@code
   *     ENOBUFS} on the connector): each lost at least one event, how many the kernel does not say
   * @param time when jpsutil received the event
   */
  record Dropped(Instant time, long dropped, long kernelOverflows) implements ProcessEvent {
    /**
     * Checks the components.
     *
     * @param time when jpsutil received the event
     * @param dropped events jpsutil discarded because its buffer was full (an exact count)
     * @param kernelOverflows times the kernel reported that its socket buffer overflowed ({@code
     *     ENOBUFS} on the connector): each lost at least one event, how many the kernel does not
     *     say
     * @throws IllegalArgumentException if a component is out of range; the message says which
     */
    public Dropped {
      Objects.requireNonNull(time, "time");
      if (dropped < 0 || kernelOverflows < 0 || dropped + kernelOverflows == 0) {
        throw new IllegalArgumentException(
            "a Dropped notice counts at least one loss, got dropped="
                + dropped
                + " kernelOverflows="
                + kernelOverflows);
      }
    }

    @Override
    public Type type() {
      return Type.DROPPED;
    }
  }

  private static void requirePid(int pid, String what) {
    if (pid <= 0) {
      throw new IllegalArgumentException(what + " must be > 0, got " + pid);
    }
  }

  /** A ppid may be 0: the kernel's own threads and PID 1 have parent 0. */
  private static void requirePpid(int ppid) {
    if (ppid < 0) {
      throw new IllegalArgumentException("ppid must be >= 0, got " + ppid);
    }
  }

  private static void requireRange(int v, int min, int max, String what) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(what + " must be " + min + ".." + max + ", got " + v);
    }
  }
}
