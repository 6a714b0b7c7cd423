package io.github.jpsutil.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Test-only: the child processes a test starts, all killed by {@link #close()}. Killing goes
 * through the {@link ProcessHandle} as well, which checks the start time, so a pid that another
 * process took meanwhile is never hit.
 */
final class Children implements AutoCloseable {
  static final Path NS_LAST_PID = Path.of("/proc/sys/kernel/ns_last_pid");

  private final ConcurrentLinkedQueue<Process> started = new ConcurrentLinkedQueue<>();

  /** Starts {@code command} with {@code env} added, output discarded. */
  Process start(Map<String, String> env, List<String> command) {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    try {
      Process p = pb.start();
      started.add(p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Process start(String... command) {
    return start(Map.of(), List.of(command));
  }

  /** Forgets children that have ended, so a long churn does not hold every Process object. */
  void prune() {
    started.removeIf(p -> !p.isAlive());
  }

  /** Whether this process may choose the next pid (root in the initial pid namespace). */
  static boolean canChooseNextPid() {
    return "root".equals(System.getProperty("user.name")) && Files.isWritable(NS_LAST_PID);
  }

  /**
   * Starts {@code command} at exactly {@code pid} by writing {@code pid - 1} to ns_last_pid, or
   * returns null if another process on the machine took the pid first ({@code attempts} times).
   * Callers serialize their spawns, or a concurrent fork takes the pid.
   */
  Process startAtPid(int pid, int attempts, Map<String, String> env, List<String> command)
      throws InterruptedException {
    for (int i = 0; i < attempts; i++) {
      try {
        Files.writeString(NS_LAST_PID, Integer.toString(pid - 1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Process p = start(env, command);
      if (p.pid() == pid) {
        return p;
      }
      kill(p);
    }
    return null;
  }

  /** Kills and reaps {@code p}. */
  static void kill(Process p) throws InterruptedException {
    p.destroyForcibly();
    p.waitFor(10, TimeUnit.SECONDS);
  }

  /** Waits (up to 10 s) until {@code p} has exec'd the program named {@code comm}. */
  static boolean awaitComm(Process p, String comm) throws InterruptedException {
    Path file = Path.of("/proc", Long.toString(p.pid()), "comm");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try {
        if (Files.readString(file).strip().equals(comm)) {
          return true;
        }
      } catch (IOException e) {
        return false; // it already exited
      }
      Thread.sleep(1);
    }
    return false;
  }

  @Override
  public void close() throws InterruptedException {
    for (Process p : started) {
      p.destroyForcibly();
      p.toHandle().destroyForcibly();
    }
    for (Process p : started) {
      p.waitFor(10, TimeUnit.SECONDS);
    }
    started.clear();
  }
}
