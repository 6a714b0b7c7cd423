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

  /** {@code UncheckedIOException("malformed <file>: <detail>")}. */
  public static UncheckedIOException in(String file, String detail) {
    return new UncheckedIOException(new IOException("malformed " + file + ": " + detail));
  }
}
