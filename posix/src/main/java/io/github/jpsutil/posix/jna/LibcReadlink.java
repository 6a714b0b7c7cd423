package io.github.jpsutil.posix.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

/**
 * libc's {@code readlink(2)}. The JDK only offers link targets as decoded {@code Path}s, which turn
 * bytes that are not valid in the file-name charset into U+FFFD; this returns the raw bytes.
 */
public interface LibcReadlink extends Library {
  LibcReadlink INSTANCE = Native.load("c", LibcReadlink.class);

  /** {@code ssize_t readlink(const char *path, char *buf, size_t bufsiz)}; no NUL is appended. */
  NativeLong readlink(String path, byte[] buf, NativeLong bufsiz) throws LastErrorException;
}
