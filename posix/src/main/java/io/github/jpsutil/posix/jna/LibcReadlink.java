package io.github.jpsutil.posix.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;

/**
 * libc's {@code readlink(2)}, direct-mapped ({@link Native#register}): it is called once per open
 * file of every process, and a direct call with a pre-encoded path costs about as much as
 * java.nio's readlink, a third of an interface-mapped call.
 */
public final class LibcReadlink {
  static {
    Native.register(LibcReadlink.class, "c");
  }

  private LibcReadlink() {}

  /**
   * {@code ssize_t readlink(const char *path, char *buf, size_t bufsiz)}. {@code bufsiz} is passed
   * as an int, which libffi widens to the register width; the result fits an int because {@code
   * bufsiz} does.
   *
   * @param path the NUL-terminated path bytes
   */
  public static native int readlink(byte[] path, byte[] buf, int bufsiz) throws LastErrorException;
}
