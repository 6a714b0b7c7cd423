package io.github.jpsutil.linux;

import io.github.jpsutil.linux.parse.ProcFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Turns a parse failure of a system-wide file into an {@link UncheckedIOException} naming it. */
final class ParsedFile {
  private ParsedFile() {}

  static <T> T of(Path file, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (ProcFormatException e) {
      throw new UncheckedIOException(
          new IOException("cannot parse " + file + ": " + e.getMessage(), e));
    }
  }
}
