package io.github.jpsutil;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** psutil's {@code exe()} fallback test: an absolute path to an executable regular file. */
final class ExecutableCheck {
  private ExecutableCheck() {}

  static boolean isAbsoluteExecutable(String candidate) {
    try {
      Path p = Path.of(candidate);
      return p.isAbsolute() && Files.isRegularFile(p) && Files.isExecutable(p);
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
