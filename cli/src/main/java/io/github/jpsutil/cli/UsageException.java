package io.github.jpsutil.cli;

/**
 * A command line that cannot be run as written: unknown command or option, missing or surplus
 * argument, malformed number. {@link Main} prints the message on one line and exits with 2.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
