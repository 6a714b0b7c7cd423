package io.github.jpsutil.posix;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.posix.jna.LibcReadlink;

/**
 * {@code readlink(2)} into a caller's buffer, with the exact errno on failure. For loops over many
 * links (every {@code /proc/<pid>/fd/<n>}), where {@code java.nio}'s localized error messages
 * cannot tell ESRCH or ENAMETOOLONG apart.
 */
public final class Readlink {
  private Readlink() {}

  /**
   * Reads the link's target into {@code buf}.
   *
   * @param path the path's bytes followed by a NUL byte
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
    return LibcReadlink.readlink(path, buf, buf.length);
  }
}
