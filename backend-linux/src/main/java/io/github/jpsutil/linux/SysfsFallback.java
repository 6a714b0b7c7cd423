package io.github.jpsutil.linux;

import io.github.jpsutil.linux.acquire.LinuxFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * psutil's tolerant sysfs reads, for the sensor attributes where psutil has a fallback: {@code
 * cat(path, fallback=…)} turns any {@code OSError} into the fallback, and {@code glob} yields
 * nothing for a directory that is missing, vanished or unreadable. hwmon and power-supply drivers
 * do fail reads of single attributes (EIO, ENODATA, ENXIO while a device sleeps or is unplugged),
 * and psutil skips such a sensor or value rather than failing the whole call.
 *
 * <p>Only for the reads where psutil falls back; the others go to {@link LinuxFiles} directly and
 * fail with an {@link UncheckedIOException} naming the file.
 */
final class SysfsFallback {
  private SysfsFallback() {}

  /** The directory's file names, or none when it is missing, not a directory or unreadable. */
  static List<String> listOrEmpty(LinuxFiles files, Path dir) {
    if (!files.exists(dir)) {
      return List.of(); // the common case (no hwmon drivers), without an exception
    }
    try {
      return files.list(dir);
    } catch (UncheckedIOException e) {
      return List.of();
    }
  }

  /** The file's text, or null when it cannot be read. */
  static String readOrNull(LinuxFiles files, Path file) {
    try {
      return files.readText(file);
    } catch (UncheckedIOException e) {
      return null;
    }
  }
}
