package io.github.jpsutil.linux.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Pointer;
import io.github.jpsutil.posix.NativeLibc;

/**
 * {@code getdents64}, direct-mapped (with {@link LinuxFileCalls}' open and close), to list a procfs
 * directory in a few calls without a Java object per entry (the JDK's directory stream makes a byte
 * array, a path and a string for each one). {@code getdents64} has a glibc wrapper since 2.30; on
 * an older glibc this class fails to initialise and callers use the JDK's listing. {@code
 * size_t}/{@code ssize_t} are mapped as {@code long} (LP64).
 */
public final class LinuxDirents {
  static {
    NativeLibc.register(LinuxDirents.class);
  }

  private LinuxDirents() {}

  /** {@code ssize_t getdents64(int fd, void *dirp, size_t count)}: 0 at the end. */
  public static native long getdents64(int fd, Pointer dirp, long count) throws LastErrorException;
}
