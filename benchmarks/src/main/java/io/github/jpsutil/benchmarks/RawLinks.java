package io.github.jpsutil.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** readlink(2) the plain-Java way, for the floor. */
final class RawLinks {
  private RawLinks() {}

  /** The length of the link's target; 0 if it vanished or is unreadable. */
  static int read(String link) {
    try {
      return Files.readSymbolicLink(Path.of(link)).toString().length();
    } catch (IOException | UnsupportedOperationException e) {
      return 0;
    }
  }
}
