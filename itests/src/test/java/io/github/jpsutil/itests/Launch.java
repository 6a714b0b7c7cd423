package io.github.jpsutil.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One child JVM (or JDK tool) run to completion: exit code, stdout and stderr kept apart. */
record Launch(List<String> command, long pid, int exit, String out, String err) {

  static Launch run(List<String> command) {
    try {
      Path out = Files.createTempFile("jpsutil-launch-", ".out");
      Path err = Files.createTempFile("jpsutil-launch-", ".err");
      try {
        Process p =
            new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          throw new IllegalStateException(command + " hung");
        }
        return new Launch(
            command,
            p.pid(),
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + command, e);
    }
  }

  /** Every line of stderr that contains {@code text}. */
  List<String> errLines(String text) {
    return err.lines().filter(l -> l.contains(text)).toList();
  }

  @Override
  public String toString() {
    return String.join(" ", command)
        + "\npid "
        + pid
        + ", exit "
        + exit
        + "\nstdout:\n"
        + out
        + "\nstderr:\n"
        + err;
  }
}
