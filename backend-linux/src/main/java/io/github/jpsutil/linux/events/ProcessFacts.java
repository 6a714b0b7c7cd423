package io.github.jpsutil.linux.events;

import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.acquire.ProcDirectoryOwner;
import io.github.jpsutil.linux.parse.PidCmdline;
import io.github.jpsutil.linux.parse.PidStat;
import io.github.jpsutil.linux.parse.PidStatExitCode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an event can add from {@code /proc/[pid]} at the moment it is handled: name, command line,
 * parent, and a zombie's exit status. A process may be gone (or unreadable) by then; each answer is
 * then empty, which is what the event records promise ("when it could still be read").
 */
final class ProcessFacts {
  private final LinuxFiles files;
  private final OptionalInt selfOwner;

  ProcessFacts(LinuxFiles files) {
    this.files = files;
    this.selfOwner = ProcDirectoryOwner.uid(files, "self");
  }

  /** {@code /proc/[pid]/comm} without its newline. */
  Optional<String> name(int pid) {
    try {
      String comm =
          files.read(
              files.proc(Integer.toString(pid), "comm"),
              (b, len) -> new String(b, 0, len, StandardCharsets.UTF_8));
      return Optional.of(comm.endsWith("\n") ? comm.substring(0, comm.length() - 1) : comm);
    } catch (UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** {@code /proc/[pid]/cmdline}; empty also for a zombie, whose command line reads as nothing. */
  Optional<List<String>> cmdline(int pid) {
    try {
      List<String> args =
          files.read(files.proc(Integer.toString(pid), "cmdline"), PidCmdline::parse);
      return args.isEmpty() ? Optional.empty() : Optional.of(args);
    } catch (UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** Parent (field 4) and start time (field 22, clock ticks after boot) of {@code pid}. */
  Optional<PidStat> stat(int pid) {
    try {
      return Optional.of(files.read(files.proc(Integer.toString(pid), "stat"), PidStat::parse));
    } catch (UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** Field 4 of {@code /proc/[pid]/stat}. */
  OptionalInt ppid(int pid) {
    try {
      return OptionalInt.of(files.read(files.proc(Integer.toString(pid), "stat"), PidStat::ppid));
    } catch (UncheckedIOException e) {
      return OptionalInt.empty();
    }
  }

  /** Whether {@code pid} exists and has not exited: its state is neither zombie nor dead. */
  boolean running(int pid) {
    try {
      char state = files.read(files.proc(Integer.toString(pid), "stat"), PidStat::state);
      return state != 'Z' && state != 'X';
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  /**
   * The wait status of {@code pid} if it is a zombie whose status this process may see: the kernel
   * prints field 52 only to a reader allowed to ptrace the process (else 0, which must not be read
   * as "exited with 0"). Root may; otherwise the process must belong to our effective uid and be
   * dumpable, which is exactly when {@code /proc/[pid]} is owned by that uid ({@code man 5 proc},
   * "/proc/[pid]" ownership).
   */
  OptionalInt zombieStatus(int pid) {
    boolean root = selfOwner.isPresent() && selfOwner.getAsInt() == 0;
    if (!root
        && (selfOwner.isEmpty()
            || !selfOwner.equals(ProcDirectoryOwner.uid(files, Integer.toString(pid))))) {
      return OptionalInt.empty();
    }
    try {
      return files.read(files.proc(Integer.toString(pid), "stat"), PidStatExitCode::ofZombie);
    } catch (UncheckedIOException e) {
      return OptionalInt.empty();
    }
  }
}
