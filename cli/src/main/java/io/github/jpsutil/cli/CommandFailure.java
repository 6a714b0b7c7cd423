package io.github.jpsutil.cli;

/**
 * A well-formed command that failed while running, e.g. a path that does not exist. {@link Main}
 * prints {@code jpsutil: <command>: <message>} on one line and exits with 1.
 */
public final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CommandFailure(String message) {
    super(message);
  }
}
