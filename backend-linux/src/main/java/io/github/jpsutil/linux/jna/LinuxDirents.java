package io.github.jpsutil.linux.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * {@code open}, {@code getdents64} and {@code close}, direct-mapped, to list a procfs directory in
 * a few calls without a Java object per entry (the JDK's directory stream makes a byte array, a
 * path and a string for each one). {@code getdents64} has a glibc wrapper since 2.30; on an older
 * glibc this class fails to initialise and callers use the JDK's listing. {@code size_t}/{@code
 * ssize_t} are mapped as {@code long} (LP64).
 */
public final class LinuxDirents {
  /** {@code O_RDONLY | O_CLOEXEC}; the same values on every Linux architecture jpsutil supports. */
  public static final int O_RDONLY_CLOEXEC = 02000000;

  static {
    Native.register(LinuxDirents.class, "c");
  }

  private LinuxDirents() {}

  /**
   * {@code int open(const char *path, int flags)}.
   *
   * @param path the NUL-terminated path bytes
   */
  public static native int open(byte[] path, int flags) throws LastErrorException;

  /** {@code ssize_t getdents64(int fd, void *dirp, size_t count)}: 0 at the end. */
  public static native long getdents64(int fd, Pointer dirp, long count) throws LastErrorException;

  public static native int close(int fd) throws LastErrorException;
}
