package io.github.jpsutil.itests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An interactive Karaf console: {@code bin/client} without a command opens an SSH shell channel
 * whose input is the client's stdin, so what {@link #type} writes reaches the console's keyboard
 * the way keys do (the exec channel of {@code bin/client "command"} has an empty input instead).
 */
final class KarafConsole implements AutoCloseable {
  private final Process client;
  private final OutputStream keyboard;
  private final Path output;

  private KarafConsole(Process client, Path output) {
    this.client = client;
    this.keyboard = client.getOutputStream();
    this.output = output;
  }

  static KarafConsole open(List<String> clientCommand, Path javaHome, Path output)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(clientCommand);
    pb.environment().put("JAVA_HOME", javaHome.toString());
    pb.redirectErrorStream(true).redirectOutput(output.toFile());
    return new KarafConsole(pb.start(), output);
  }

  /** Sends {@code keys} as typed ({@code \r} ends a command line). */
  void type(String keys) throws IOException {
    keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
  }

  /** Everything the console printed so far, ANSI sequences included. */
  String output() throws IOException {
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  /**
   * Polls the output until {@code done} accepts it; fails with the output after {@code timeout}.
   */
  String await(Predicate<String> done, Duration timeout, String what)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String out = output();
    while (!done.test(out)) {
      if (System.nanoTime() > deadline || !client.isAlive()) {
        throw new IllegalStateException(
            "console: no " + what + " in " + timeout + "; output:\n" + tail(out));
      }
      Thread.sleep(200);
      out = output();
    }
    return out;
  }

  private static String tail(String out) {
    return out.substring(Math.max(0, out.length() - 4000));
  }

  /** Logs out, then ends the client by force if it is still there. */
  @Override
  public void close() throws IOException, InterruptedException {
    try {
      if (client.isAlive()) {
        type("logout\r");
        keyboard.close();
      }
    } catch (IOException e) {
      // the client is already gone
    }
    if (!client.waitFor(20, TimeUnit.SECONDS)) {
      client.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
