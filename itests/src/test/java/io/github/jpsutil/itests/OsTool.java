package io.github.jpsutil.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the OS's own tools ({@code ps}, {@code taskset}, {@code prlimit}, {@code ionice}, …)
 * as the independent source a live test compares with. Output is parsed in the C locale.
 */
final class OsTool {
  private OsTool() {}

  /** The tool's standard output, trimmed; fails when it exits non-zero or hangs for 20 s. */
  static String run(String... command) {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("LC_ALL", "C");
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      byte[] err = p.getErrorStream().readAllBytes();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(List.of(command) + " hung");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            List.of(command)
                + " exited with "
                + p.exitValue()
                + ": "
                + new String(err, StandardCharsets.UTF_8));
      }
      return new String(out, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + List.of(command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + List.of(command), e);
    }
  }

  /** One {@code ps -o FIELD=} value of {@code pid}, trimmed. */
  static String ps(long pid, String field) {
    return run("ps", "--no-headers", "-p", Long.toString(pid), "-o", field + "=");
  }
}
