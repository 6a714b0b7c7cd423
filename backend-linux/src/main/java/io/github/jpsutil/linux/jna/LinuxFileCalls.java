package io.github.jpsutil.linux.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;

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
    Native.register(LinuxFileCalls.class, "c");
  }

  private LinuxFileCalls() {}

  /**
   * {@code int open(const char *path, int flags)}.
   *
   * @param path the NUL-terminated path bytes
   */
  public static native int open(byte[] path, int flags) throws LastErrorException;

  /** {@code ssize_t read(int fd, void *buf, size_t count)}, {@code buf} a native address. */
  public static native long read(int fd, long buf, long count) throws LastErrorException;

  public static native int close(int fd) throws LastErrorException;
}
