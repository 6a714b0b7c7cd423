package io.github.jpsutil.posix;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.posix.jna.LibcReadlink;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code readlink(2)} with the raw target bytes and the exact errno. The JDK decodes link targets
 * into {@code Path}s (bytes that are not valid UTF-8 become U+FFFD) and reports ESRCH or
 * ENAMETOOLONG only as localized text; process scans need both exactly.
 */
public final class Readlink {
  /** PATH_MAX on Linux, macOS and the BSDs; a longer target is retried with a bigger buffer. */
  private static final int FIRST_SIZE = 4096;

  private static final int MAX_SIZE = 1 << 20;

  private Readlink() {}

  /**
   * Reads the link's target into {@code buf}, for loops that reuse one buffer.
   *
   * @param path the path's bytes followed by a NUL byte
   * @param buf receives the target's bytes
   * @return the number of bytes written; equal to {@code buf.length} when the target may have been
   *     truncated
   * @throws LastErrorException with the errno when the call fails
   * @throws IllegalArgumentException when {@code path} has no NUL byte
   */
  public static int read(byte[] path, byte[] buf) throws LastErrorException {
    int i = path.length - 1;
    while (i >= 0 && path[i] != 0) {
      i--;
    }
    if (i < 0) {
      throw new IllegalArgumentException("path must be NUL-terminated");
    }
    return (int) LibcReadlink.readlink(path, buf, buf.length);
  }

  /**
   * The target of {@code link}, exactly as stored.
   *
   * @param link the symbolic link's path
   * @return the target's bytes (not NUL-terminated)
   * @throws LastErrorException with readlink's errno (ENOENT, EACCES, EINVAL for a non-link, …)
   */
  public static byte[] bytes(String link) throws LastErrorException {
    byte[] name = link.getBytes(StandardCharsets.UTF_8);
    byte[] path = Arrays.copyOf(name, name.length + 1);
    int size = FIRST_SIZE;
    while (true) {
      byte[] buf = new byte[size];
      int n = read(path, buf);
      // readlink truncates silently; a full buffer may mean the target was cut.
      if (n < size || size >= MAX_SIZE) {
        return Arrays.copyOf(buf, n);
      }
      size *= 4;
    }
  }
}
