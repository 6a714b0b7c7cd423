package io.github.jpsutil.posix;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
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
   * @return the number of bytes written; equal to {@code buf.length} when the target may have been
   *     truncated
   * @throws LastErrorException with the errno when the call fails
   */
  public static int read(String path, byte[] buf) throws LastErrorException {
    return LibcReadlink.INSTANCE.readlink(path, buf, new NativeLong(buf.length));
  }
}
