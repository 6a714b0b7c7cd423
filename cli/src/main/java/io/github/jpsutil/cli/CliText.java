package io.github.jpsutil.cli;

import io.github.jpsutil.Psutil;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One cli command run against a given {@code Psutil}, its output returned as text: what the OSGi
 * console commands (modules jpsutil-shell and jpsutil-shell-karaf) print, rendered by the cli's own
 * tables and JSON.
 */
public final class CliText {
  private CliText() {}

  /**
   * Runs {@code jpsutil COMMAND OPTIONS…} as into a pipe.
   *
   * @param psutil the instance the command reads (an OSGi framework's {@code Psutil} service)
   * @param command the cli command, e.g. {@code ps}
   * @param options its options and operands, as typed
   * @return what the command printed, followed by its warning lines if it printed any
   * @throws IllegalArgumentException with the cli's one-line message when the command printed
   *     nothing and failed (an unknown option, a pid that does not exist)
   */
  public static String run(Psutil psutil, String command, List<String> options) {
    String[] args = new String[options.size() + 1];
    args[0] = command;
    for (int i = 0; i < options.size(); i++) {
      args[i + 1] = options.get(i);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(args, o, e, Terminal.PIPE, () -> psutil);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    String errors = err.toString(StandardCharsets.UTF_8).strip();
    if (status != 0 && text.isEmpty()) {
      throw new IllegalArgumentException(
          errors.isEmpty() ? "jpsutil " + command + " failed" : errors);
    }
    return errors.isEmpty() ? text : text + errors + System.lineSeparator();
  }
}
