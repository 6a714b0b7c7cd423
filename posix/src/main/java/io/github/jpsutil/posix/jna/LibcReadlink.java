package io.github.jpsutil.posix.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

/**
 * libc's {@code readlink(2)}, for hot loops over many symbolic links where the exact errno matters
 * (ESRCH, ENAMETOOLONG, … which {@code java.nio} reports only as a localized message).
 */
public interface LibcReadlink extends Library {
  LibcReadlink INSTANCE = Native.load("c", LibcReadlink.class);

  /**
   * {@code ssize_t readlink(const char *path, char *buf, size_t bufsiz)}: the number of bytes
   * placed in {@code buf}, not NUL-terminated; a result equal to {@code bufsiz} may be truncated.
   * The result fits an int because {@code bufsiz} does.
   */
  int readlink(String path, byte[] buf, NativeLong bufsiz) throws LastErrorException;
}
