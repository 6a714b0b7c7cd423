package io.github.jpsutil.cli.testing;

import java.io.IOException;

/** Runs a python3 snippet: the independent reference for float repr and JSON escaping. */
public final class Python {
  private Python() {}

  /** Whether {@code python3} can be started here. */
  public static boolean available() {
    try {
      return run("print(1)", "").strip().equals("1");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Runs {@code python3 -c code} with {@code stdin} and returns its stdout (UTF-8). */
  public static String run(String code, String stdin) throws IOException {
    return Tool.run(stdin, "python3", "-c", code);
  }
}
