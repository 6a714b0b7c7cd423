package io.github.jpsutil.posix.jna;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.posix.NativeLibc;

/**
 * libc's {@code readlink(2)}, direct-mapped: it runs once per {@code /proc/<pid>/fd/<n>} link in a
 * connection scan, so it avoids the interface-proxy overhead. {@code size_t}/{@code ssize_t} are
 * mapped as {@code long}, which is exact on the LP64 systems jpsutil supports.
 */
public final class LibcReadlink {
  static {
    NativeLibc.register(LibcReadlink.class);
  }

  private LibcReadlink() {}

  /**
   * {@code ssize_t readlink(const char *path, char *buf, size_t bufsiz)}; no NUL is appended.
   *
   * @param path the NUL-terminated path bytes
   */
  public static native long readlink(byte[] path, byte[] buf, long bufsiz)
      throws LastErrorException;
}
