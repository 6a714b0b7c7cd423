package io.github.jpsutil.posix.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import io.github.jpsutil.posix.NativeLibc;

/**
 * libc's socket calls used to query network interfaces with {@code ioctl(2)}. The request numbers
 * ({@code SIOCGIFFLAGS}, …) differ per OS and live in each backend.
 */
public interface LibcSocket extends Library {
  LibcSocket INSTANCE = NativeLibc.load(LibcSocket.class);

  /** {@code int socket(int domain, int type, int protocol)}. */
  int socket(int domain, int type, int protocol) throws LastErrorException;

  /**
   * {@code int ioctl(int fd, unsigned long request, ...)} with one pointer argument. The request is
   * {@code unsigned long} in glibc and the BSD libcs, hence NativeLong.
   */
  int ioctl(int fd, NativeLong request, Pointer arg) throws LastErrorException;

  /** {@code int close(int fd)}. */
  int close(int fd) throws LastErrorException;
}
