package io.github.jpsutil.cli.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs an OS tool for cross-checks (tests only; library code never starts programs). */
public final class Tool {
  private Tool() {}

  /**
   * Runs {@code command} with {@code stdin}, waiting at most 60 s, and returns its stdout.
   *
   * @throws IOException when it cannot start, times out or exits non-zero (stderr in the message)
   */
  public static String run(String stdin, String... command) throws IOException {
    Process p =
        new ProcessBuilder(List.of(command)).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    CompletableFuture<byte[]> out = drain(p.getInputStream());
    CompletableFuture<byte[]> err = drain(p.getErrorStream());
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", command) + ": timed out");
      }
      if (p.exitValue() != 0) {
        throw new IOException(
            String.join(" ", command)
                + ": exit "
                + p.exitValue()
                + ": "
                + new String(err.join(), StandardCharsets.UTF_8));
      }
      return new String(out.join(), StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Whether {@code name} is an executable on the PATH. */
  public static boolean exists(String name) {
    try {
      run("", "sh", "-c", "command -v " + name);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static CompletableFuture<byte[]> drain(InputStream s) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (s) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            s.transferTo(b);
            return b.toByteArray();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
