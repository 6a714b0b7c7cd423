package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;

/**
 * Builds the {@link MalformedDataException} for kernel data a parser cannot make sense of
 * (truncated, non-numeric, a required line missing), with a message that names the file and what
 * was wrong, never a guessed value. A separate type from the {@code UncheckedIOException} of a
 * failed read, so that code falling back on I/O errors (psutil's {@code except OSError}) never
 * swallows a parser bug.
 */
public final class Malformed {
  private Malformed() {}

  /** {@code "<file>: <reason> in line '<line>'"}. */
  public static MalformedDataException line(String file, String line, String reason) {
    return of(file + ": " + reason + " in line '" + line.strip() + "'");
  }

  /** As {@link #line(String, String, String)}, adding the cause's message and keeping the cause. */
  public static MalformedDataException line(
      String file, String line, String reason, Exception cause) {
    return new MalformedDataException(
        file + ": " + reason + " in line '" + line.strip() + "': " + cause.getMessage(), cause);
  }

  /** The message as given. */
  public static MalformedDataException of(String message) {
    return new MalformedDataException(message);
  }

  /** {@code "malformed <file>: <detail>"}. */
  public static MalformedDataException in(String file, String detail) {
    return new MalformedDataException("malformed " + file + ": " + detail);
  }
}
