package io.github.jpsutil.linux.acquire;

import com.sun.jna.Native;
import io.github.jpsutil.linux.parse.StatvfsStruct;
import io.github.jpsutil.posix.Statvfs;
import java.nio.ByteBuffer;

/**
 * {@code statvfs(3)} of a path, as the raw {@code struct statvfs} that {@link StatvfsStruct}
 * decodes.
 */
public final class FilesystemStats {
  private FilesystemStats() {}

  /**
   * The filled {@code struct statvfs} of {@code path}, in this process's mount namespace whatever
   * the configured roots (a relative path is relative to its working directory, as in psutil).
   *
   * @throws UnsupportedOperationException on a 32-bit JVM, where glibc lays the struct out with
   *     4-byte words; only LP64 is decoded
   */
  public static ByteBuffer query(String path) {
    if (Native.LONG_SIZE != 8) {
      throw new UnsupportedOperationException("disk usage needs a 64-bit JVM on Linux");
    }
    return Statvfs.query(path, StatvfsStruct.SIZE);
  }
}
