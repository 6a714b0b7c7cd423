package io.github.jpsutil.linux.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads fixture files and turns text blocks into the bytes a parser gets. */
final class Fixtures {
  static final Path ROOT = Path.of("src/test/resources/fixtures/linux");

  private Fixtures() {}

  static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(ROOT.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
