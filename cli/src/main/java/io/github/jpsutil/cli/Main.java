package io.github.jpsutil.cli;

/** Entry point of {@code ./jpsutil <command>}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.err.println("jpsutil: no commands yet");
    System.exit(2);
  }
}
