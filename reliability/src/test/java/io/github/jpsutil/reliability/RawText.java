package io.github.jpsutil.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test-only: a small text file, read without jpsutil, in one large read. {@code Files.readAllBytes}
 * reads a file of size 0 a byte at a time, and a sysctl file such as {@code
 * /proc/sys/kernel/pid_max} answers only a read at offset 0, so it would give "3" for 32768.
 */
final class RawText {
  private RawText() {}

  static String read(String path) {
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      byte[] buf = new byte[65536];
      int n = in.read(buf);
      return n <= 0 ? "" : new String(buf, 0, n, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
