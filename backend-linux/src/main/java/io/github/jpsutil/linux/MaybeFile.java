package io.github.jpsutil.linux;

import io.github.jpsutil.linux.acquire.LinuxFiles;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads of files that some kernels or machines do not have (cpufreq, zoneinfo, utmp): absence is an
 * answer, any other failure still propagates naming the file.
 */
final class MaybeFile {
  private MaybeFile() {}

  /** The file's text, or empty if it does not exist. */
  static Optional<String> text(LinuxFiles files, Path file) {
    try {
      return Optional.of(files.readText(file));
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The file's bytes, or empty if it does not exist. */
  static Optional<byte[]> bytes(LinuxFiles files, Path file) {
    try {
      return Optional.of(files.readBytes(file));
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
