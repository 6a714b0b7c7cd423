package io.github.jpsutil.posix.jna;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.posix.NativeLibc;

/**
 * libc's {@code statvfs(3)}, direct-mapped: {@code disk_usage} is one call, and an interface proxy
 * (argument conversion by reflection on every call) cost about as much as the system call itself.
 * The struct is taken as raw bytes because its layout differs per OS (and per word size); each
 * backend decodes it at its own offsets.
 */
public final class LibcStatvfs {
  static {
    NativeLibc.register(LibcStatvfs.class);
  }

  private LibcStatvfs() {}

  /**
   * @param path the path, NUL-terminated, in the file-name encoding
   * @param buf receives {@code struct statvfs}; at least {@code sizeof(struct statvfs)} bytes
   * @return 0 (on failure the call throws, carrying errno)
   */
  public static native int statvfs(byte[] path, byte[] buf) throws LastErrorException;
}
