package io.github.jpsutil.linux;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the OS's own tools for cross-checks, in the C locale and UTC so their output has one format
 * (psutil's tests do the same, psutil/tests/__init__.py). Test code only: the library never starts
 * a program.
 */
final class Tools {
  private Tools() {}

  /** The standard output of the command; a non-zero exit or a timeout fails the test. */
  static String run(String... command) {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("LC_ALL", "C");
    pb.environment().put("LANG", "C");
    pb.environment().put("TZ", "UTC");
    try {
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + List.of(command));
      }
      if (p.exitValue() != 0) {
        throw new AssertionError("exit " + p.exitValue() + ": " + List.of(command));
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Whether {@code name} is an executable on the PATH. */
  static boolean exists(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number on the line of {@code vmstat -s} that ends with {@code label}, e.g. "boot time" or
   * "K total memory".
   */
  static long vmstat(String output, String label) {
    for (String line : output.split("\n")) {
      String t = line.strip();
      if (t.endsWith(label)) {
        return Long.parseLong(t.substring(0, t.indexOf(' ')));
      }
    }
    throw new AssertionError("no '" + label + "' in vmstat -s output");
  }
}
