package io.github.jpsutil.linux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A process started by a test, killed and reaped on close; plus the OS tools tests compare with.
 */
final class Spawned implements AutoCloseable {
  final Process process;

  private Spawned(Process process) {
    this.process = process;
  }

  static Spawned start(ProcessBuilder pb) {
    pb.redirectErrorStream(true);
    try {
      return new Spawned(pb.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Spawned start(String... cmd) {
    return start(new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD));
  }

  int pid() {
    return (int) process.pid();
  }

  /** Waits until the process has exec'd into a program with this kernel name (comm). */
  Spawned awaitComm(String comm) {
    await(() -> comm.equals(comm(pid())), "comm of " + pid() + " to become " + comm);
    return this;
  }

  /** The first line the process printed (its stdout must not be discarded). */
  String firstLine() {
    try {
      var r =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      return r.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  static String comm(int pid) {
    try {
      return Files.readString(Path.of("/proc/" + pid + "/comm")).strip();
    } catch (IOException e) {
      return "";
    }
  }

  static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Runs a command and returns its standard output; fails on a non-zero exit. */
  static String run(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (p.waitFor() != 0) {
        throw new AssertionError(List.of(cmd) + " exited with " + p.exitValue());
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** One {@code ps} field of one process, without header or padding ({@code ps -o FIELD=}). */
  static String ps(int pid, String field) {
    return run("ps", "--no-headers", "-ww", "-o", field + "=", "-p", Integer.toString(pid)).strip();
  }

  /** A file of /proc read directly, for cross-checks. */
  static String procText(int pid, String file) {
    try {
      return Files.readString(Path.of("/proc/" + pid + "/" + file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value of a {@code Key:} line of /proc/PID/status, as psutil's TestProcessAgainstStatus. */
  static String statusLine(int pid, String key) {
    return procText(pid, "status")
        .lines()
        .filter(l -> l.startsWith(key + ":"))
        .map(l -> l.substring(key.length() + 1).strip())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " in status of " + pid));
  }
}
