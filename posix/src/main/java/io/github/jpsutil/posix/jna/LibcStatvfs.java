package io.github.jpsutil.posix.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * libc's {@code statvfs(3)}. The struct is taken as raw bytes because its layout differs per OS
 * (and per word size); each backend decodes it at its own offsets.
 */
public interface LibcStatvfs extends Library {
  LibcStatvfs INSTANCE = Native.load("c", LibcStatvfs.class);

  /**
   * @param path the path, NUL-terminated, in the file-name encoding
   * @param buf receives {@code struct statvfs}; at least {@code sizeof(struct statvfs)} bytes
   * @return 0 (on failure the call throws, carrying errno)
   */
  int statvfs(byte[] path, byte[] buf) throws LastErrorException;
}
