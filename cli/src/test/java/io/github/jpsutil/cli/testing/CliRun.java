package io.github.jpsutil.cli.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The outcome of one command line run through {@code Main.run} with captured streams.
 *
 * @param status the exit status
 * @param out everything written to stdout
 * @param err everything written to stderr
 */
public record CliRun(int status, String out, String err) {

  /** A {@code Main.run}-shaped call. */
  @FunctionalInterface
  public interface Runner {
    int run(PrintStream out, PrintStream err);
  }

  public static CliRun capture(Runner runner) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    int status = runner.run(o, e);
    o.flush();
    e.flush();
    return new CliRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** stdout as a JSON tree. */
  public Object json() {
    return JsonParser.parse(out);
  }
}
