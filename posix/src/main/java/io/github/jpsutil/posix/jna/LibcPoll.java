package io.github.jpsutil.posix.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import io.github.jpsutil.posix.NativeLibc;

/**
 * libc's {@code poll(2)} and {@code close(2)}: wait until a file descriptor is ready, then release
 * it. {@code struct pollfd} is passed as 8 raw bytes ({@code int fd; short events; short revents}
 * in native byte order, the same layout on every Unix) and decoded by the caller.
 */
public interface LibcPoll extends Library {
  LibcPoll INSTANCE = NativeLibc.load(LibcPoll.class);

  /** {@code POLLIN}: there is data to read. 0x1 on Linux, macOS, FreeBSD and illumos. */
  short POLLIN = 0x1;

  /** {@code POLLERR}. 0x8 on Linux, macOS, FreeBSD and illumos. */
  short POLLERR = 0x8;

  /** {@code POLLHUP}. 0x10 on Linux, macOS, FreeBSD and illumos. */
  short POLLHUP = 0x10;

  /** {@code POLLNVAL}: the descriptor is not open. 0x20 on Linux, macOS, FreeBSD and illumos. */
  short POLLNVAL = 0x20;

  /**
   * {@code int poll(struct pollfd *fds, nfds_t nfds, int timeout)}. {@code nfds_t} is an unsigned
   * long on Linux and an unsigned int on the BSDs and macOS; the count is passed as an int, which
   * libffi widens to the full argument register, so a small positive count arrives intact on both.
   */
  int poll(byte[] fds, int nfds, int timeoutMillis) throws LastErrorException;

  int close(int fd) throws LastErrorException;
}
