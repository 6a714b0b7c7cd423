package io.github.jpsutil.posix.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Pointer;
import io.github.jpsutil.posix.NativeLibc;

/**
 * libc's socket calls used to query network interfaces with {@code ioctl(2)}. The request numbers
 * ({@code SIOCGIFFLAGS}, …) differ per OS and live in each backend.
 *
 * <p>Direct-mapped: {@code net_if_stats} makes three ioctls per interface, and an interface proxy
 * converts every argument by reflection, which cost more than the system calls. {@code ioctl}
 * declares no {@link LastErrorException}: a request the driver does not support (EOPNOTSUPP for
 * ethtool on loopback) is an ordinary answer, and building an exception with its stack trace for it
 * cost more than the call; JNA saves errno after each call that does not throw, for {@code
 * Native.getLastError()}. The request, {@code unsigned long} in glibc and the BSD libcs, is mapped
 * as {@code long}, exact on the LP64 systems jpsutil supports.
 */
public final class LibcSocket {
  static {
    NativeLibc.register(LibcSocket.class);
  }

  private LibcSocket() {}

  /** {@code int socket(int domain, int type, int protocol)}. */
  public static native int socket(int domain, int type, int protocol) throws LastErrorException;

  /**
   * {@code int ioctl(int fd, unsigned long request, ...)} with one pointer argument; -1 on failure,
   * errno then in {@code Native.getLastError()}.
   */
  public static native int ioctl(int fd, long request, Pointer arg);

  /** {@code int close(int fd)}. */
  public static native int close(int fd) throws LastErrorException;
}
