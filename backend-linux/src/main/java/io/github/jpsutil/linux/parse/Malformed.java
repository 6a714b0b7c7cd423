package io.github.jpsutil.linux.parse;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The exception for kernel data a parser cannot make sense of (truncated, non-numeric, a required
 * line missing). It is an {@link UncheckedIOException}, like a failed read, because to the caller
 * of a system function both mean "the OS did not give a usable answer" (spec §3.2); the message
 * names the file and what was wrong, never a guessed value.
 */
public final class Malformed {
  private Malformed() {}

  /** {@code UncheckedIOException("<file>: <reason> in line '<line>'")}. */
  public static UncheckedIOException line(String file, String line, String reason) {
    return of(file + ": " + reason + " in line '" + line.strip() + "'");
  }

  /** As {@link #line(String, String, String)}, adding the cause's message. */
  public static UncheckedIOException line(
      String file, String line, String reason, Exception cause) {
    return of(file + ": " + reason + " in line '" + line.strip() + "': " + cause.getMessage());
  }

  /** {@code UncheckedIOException(message)}. */
  public static UncheckedIOException of(String message) {
    return new UncheckedIOException(message, new IOException(message));
  }

  /** {@code UncheckedIOException("malformed <file>: <detail>")}. */
  public static UncheckedIOException in(String file, String detail) {
    return new UncheckedIOException(new IOException("malformed " + file + ": " + detail));
  }
}
