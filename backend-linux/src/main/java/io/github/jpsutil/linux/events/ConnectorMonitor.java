package io.github.jpsutil.linux.events;

import io.github.jpsutil.api.ProcessEvent;
import io.github.jpsutil.linux.acquire.ProcConnectorSocket;
import io.github.jpsutil.linux.parse.ProcConnectorEvent;
import io.github.jpsutil.linux.parse.ProcConnectorMessages;
import io.github.jpsutil.linux.parse.WaitStatus;
import io.github.jpsutil.spi.EventMonitor;
import io.github.jpsutil.spi.EventSink;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Events from the kernel's process connector: one thread receives its datagrams, keeps the
 * process-level ones (a fork or exit of a thread that is not a thread group leader is a thread, not
 * a process) and adds the name and command line from {@code /proc} while they can still be read.
 * The kernel sends events in the order they happened on each CPU; a process's own fork, exec and
 * exit happen in that order and reach this single thread in that order.
 */
final class ConnectorMonitor implements EventMonitor {
  /** How long a receive waits before re-checking for close: the latency of {@link #close()}. */
  private static final int RECEIVE_TIMEOUT_MILLIS = 100;

  private final ProcConnectorSocket socket;
  private final ProcessFacts facts;
  private final EventSink sink;
  private final Thread thread;

  /** The last name seen per live pid, so an exit (after which comm is gone) can carry it. */
  private final Map<Integer, String> names = new HashMap<>();

  /**
   * The parent last seen per live pid (fork event, or {@code /proc} at exec): the kernel leaves the
   * exit event's parent 0 when the parent has already reaped the child as the event is sent ({@code
   * proc_exit_connector} fills it only while {@code pid_alive}; a shell running {@code /bin/true}
   * in a loop hits this about once in 200 exits).
   */
  private final Map<Integer, Integer> parents = new HashMap<>();

  private volatile boolean stopping;

  /**
   * Opens and subscribes the socket on the caller's thread, so a missing privilege is the caller's
   * {@code AccessDenied}, then starts the receiving thread.
   */
  ConnectorMonitor(ProcessFacts facts, EventSink sink) {
    this.facts = facts;
    this.sink = sink;
    this.socket = ProcConnectorSocket.open();
    try {
      socket.listen();
    } catch (RuntimeException e) {
      socket.close();
      throw e;
    }
    this.thread = new Thread(this::run, "jpsutil-events-connector");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (!stopping) {
        int n = socket.receive(RECEIVE_TIMEOUT_MILLIS);
        if (n < 0) {
          sink.kernelOverflow();
        } else if (n > 0) {
          for (ProcConnectorEvent e : ProcConnectorMessages.decode(socket.received(n), n)) {
            handle(e);
          }
        }
      }
    } catch (RuntimeException e) {
      sink.failed(e);
    } finally {
      socket.close();
    }
  }

  private void handle(ProcConnectorEvent e) {
    if (!e.isProcess()) {
      return;
    }
    Instant now = Instant.now();
    // An if chain, not an enum switch, which would cost a synthetic lookup class (jar size).
    ProcConnectorEvent.Kind kind = e.kind();
    if (kind == ProcConnectorEvent.Kind.FORK) {
      Optional<String> name = facts.name(e.tgid());
      name.ifPresent(n -> names.put(e.tgid(), n));
      parents.put(e.tgid(), e.parentTgid());
      sink.accept(
          new ProcessEvent.Start(now, e.tgid(), e.parentTgid(), name, facts.cmdline(e.tgid())));
    } else if (kind == ProcConnectorEvent.Kind.EXEC) {
      Optional<String> name = facts.name(e.tgid());
      name.ifPresent(n -> names.put(e.tgid(), n));
      OptionalInt ppid = facts.ppid(e.tgid());
      ppid.ifPresent(p -> parents.put(e.tgid(), p));
      sink.accept(new ProcessEvent.Exec(now, e.tgid(), ppid, name, facts.cmdline(e.tgid())));
    } else if (kind == ProcConnectorEvent.Kind.EXIT) {
      String remembered = names.remove(e.tgid());
      Optional<String> name = remembered != null ? Optional.of(remembered) : facts.name(e.tgid());
      OptionalInt ppid = exitParent(e.tgid(), e.parentTgid());
      sink.accept(
          new ProcessEvent.Exit(
              now,
              e.tgid(),
              ppid,
              name,
              WaitStatus.exitCode(e.exitStatus()),
              WaitStatus.signal(e.exitStatus())));
    }
    // ACK of the listen request, and uid/gid/sid/comm/ptrace/coredump changes: not reported.
  }

  /**
   * The parent of an exited process: the kernel's (in the exit event since Linux 4.18), else the
   * one remembered if it still runs. A child changes parent only when its parent exits, so a parent
   * that has not exited is still the one; if it has, the child was reparented and the new parent is
   * unknown.
   */
  private OptionalInt exitParent(int pid, int kernelParent) {
    Integer remembered = parents.remove(pid);
    if (kernelParent > 0) {
      return OptionalInt.of(kernelParent);
    }
    return remembered != null && facts.running(remembered)
        ? OptionalInt.of(remembered)
        : OptionalInt.empty();
  }

  @Override
  public void close() {
    stopping = true;
    MonitorThreads.join(thread);
  }
}
