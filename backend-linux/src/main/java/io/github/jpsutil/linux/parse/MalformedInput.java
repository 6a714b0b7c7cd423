package io.github.jpsutil.linux.parse;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The exception a parser raises for content it cannot read: an {@link UncheckedIOException} naming
 * the kernel file and quoting the line, the same type as a failed read of that file, so callers
 * handle "could not read the system value" in one place.
 */
public final class MalformedInput {
  private MalformedInput() {}

  static UncheckedIOException line(String file, String line, String reason) {
    return of(file + ": " + reason + " in line '" + line.strip() + "'");
  }

  static UncheckedIOException line(String file, String line, String reason, Exception cause) {
    return of(file + ": " + reason + " in line '" + line.strip() + "': " + cause.getMessage());
  }

  public static UncheckedIOException of(String message) {
    IOException cause = new IOException(message);
    return new UncheckedIOException(message, cause);
  }
}
