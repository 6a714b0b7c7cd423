package io.github.jpsutil.linux.jna;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.posix.NativeLibc;

/**
 * {@code open}, {@code read} and {@code close}, direct-mapped, for the procfs reads of process
 * scans: the JDK's file channel costs several objects and a cleaner registration per file, which is
 * most of what a scan allocates. Buffers are native memory passed by address ({@code long}), so no
 * Java array is copied across the call. {@code size_t}/{@code ssize_t} and addresses are mapped as
 * {@code long} (LP64, which {@link SyscallNumbers} enforces for the backend).
 */
public final class LinuxFileCalls {
  /** {@code O_RDONLY | O_CLOEXEC}; the same values on every Linux architecture jpsutil supports. */
  public static final int O_RDONLY_CLOEXEC = 02000000;

  static {
    NativeLibc.register(LinuxFileCalls.class);
  }

  private LinuxFileCalls() {}

  /**
   * {@code int open(const char *path, int flags)}.
   *
   * @param path the NUL-terminated path bytes
   */
  public static native int open(byte[] path, int flags) throws LastErrorException;

  /**
   * {@code int openat(int dirfd, const char *path, int flags)}. Relative to an open {@code
   * /proc/<pid>} directory, it reaches only that process's files: once the process is reaped the
   * call fails with ESRCH, even if another process has taken the pid (the descriptor holds the
   * process's {@code struct pid}, not the number).
   *
   * @param path the NUL-terminated name bytes (the array may be longer)
   */
  public static native int openat(int dirfd, byte[] path, int flags) throws LastErrorException;

  /** {@code ssize_t read(int fd, void *buf, size_t count)}, {@code buf} a native address. */
  public static native long read(int fd, long buf, long count) throws LastErrorException;

  public static native int close(int fd) throws LastErrorException;

  /**
   * {@code ssize_t readlinkat(int dirfd, const char *path, char *buf, size_t bufsiz)}; no NUL is
   * appended. Relative to an open {@code /proc/<pid>/fd}, the kernel resolves one name per link
   * instead of the whole {@code /proc/<pid>/fd/<n>} path.
   *
   * @param path the NUL-terminated name bytes (the array may be longer)
   */
  public static native long readlinkat(int dirfd, byte[] path, byte[] buf, long bufsiz)
      throws LastErrorException;
}
