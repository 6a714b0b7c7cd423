package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test-only: starts the child processes the live tests act on, runs the OS's own tools to
 * cross-check, and kills every child it started in {@link #close()} (called from @AfterEach).
 */
final class LiveChildren implements AutoCloseable {
  private final List<Process> started = new ArrayList<>();

  /** Starts {@code command}; it is killed by {@link #close()}. */
  Process start(String... command) {
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      started.add(p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A child that sleeps until killed, once it runs {@code sleep}. */
  Process sleeper() {
    return awaitComm(start("sleep", "1000"), "sleep");
  }

  /**
   * Waits (up to 10 s) until the child has exec'd the program named {@code comm}: right after
   * {@code start()} the pid may still run the JDK's spawn helper or a wrapper such as {@code nice}.
   */
  static Process awaitComm(Process p, String comm) {
    Path file = Path.of("/proc", Long.toString(p.pid()), "comm");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try {
        if (Files.readString(file).strip().equals(comm)) {
          return p;
        }
        Thread.sleep(2);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("pid " + p.pid() + " never became '" + comm + "'");
  }

  /** The pid of a process that has just exited and been reaped, so no process has it now. */
  int freedPid() throws InterruptedException {
    Process p = start("true");
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    int pid = (int) p.pid();
    assertThat(Files.exists(Path.of("/proc", Integer.toString(pid)))).isFalse();
    return pid;
  }

  @Override
  public void close() throws InterruptedException {
    for (Process p : started) {
      p.destroyForcibly();
      // Process.destroyForcibly skips a process the JDK believes exited, which happens when a
      // child reuses the pid of one reaped a moment before (PidReuseLiveTest). The handle checks
      // the start time itself, so this never kills a stranger.
      p.toHandle().destroyForcibly();
    }
    for (Process p : started) {
      p.waitFor(10, TimeUnit.SECONDS);
    }
    started.clear();
  }

  /** Runs a tool to completion and returns its standard output; fails the test on exit != 0. */
  static String run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
      assertThat(p.exitValue()).as("exit status of %s: %s", List.of(command), out).isZero();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Field 22 ({@code starttime}, clock ticks since boot) of {@code /proc/<pid>/stat}, read
   * independently of the production parsers: split after the last ')' ({@code man 5 proc}).
   */
  static long startTicks(int pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
      String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(after[22 - 3]); // after[0] is field 3 (state)
    } catch (IOException e) {
      throw new io.github.jpsutil.api.NoSuchProcess(pid);
    }
  }

  /** {@code ps -o <field>= -p <pid>}, stripped. */
  static String ps(String field, long pid) {
    return run("ps", "-o", field + "=", "-p", Long.toString(pid)).strip();
  }
}
