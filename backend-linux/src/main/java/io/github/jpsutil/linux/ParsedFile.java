package io.github.jpsutil.linux;

import io.github.jpsutil.api.MalformedDataException;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Adds the real path of a system-wide file to its parser's {@link MalformedDataException}. */
final class ParsedFile {
  private ParsedFile() {}

  static <T> T of(Path file, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (MalformedDataException e) {
      throw named(file, e);
    }
  }

  /** {@code e} again, with the real path of the file it came from. */
  static MalformedDataException named(Path file, MalformedDataException e) {
    return new MalformedDataException("cannot parse " + file + ": " + e.getMessage(), e);
  }
}
