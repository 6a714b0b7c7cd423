package io.github.jpsutil.posix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.jpsutil.posix.jna.LibcSocket;

/**
 * A socket opened only to ask the kernel about network interfaces with {@code ioctl(2)} (the way
 * {@code ifconfig} and psutil query flags, MTU and link speed). Close it with try-with-resources.
 */
public final class IoctlSocket implements AutoCloseable {
  private final int fd;
  private boolean closed;

  private IoctlSocket(int fd) {
    this.fd = fd;
  }

  /**
   * Opens {@code socket(domain, type, 0)}; the numbers are the OS's ({@code AF_INET} is 2
   * everywhere, {@code SOCK_DGRAM} is 2 except on SunOS, where it is 1).
   *
   * @param domain the address family, e.g. {@code AF_INET}
   * @param type the socket type, e.g. {@code SOCK_DGRAM}
   * @return the open socket; close it
   * @throws java.io.UncheckedIOException when socket() fails
   */
  public static IoctlSocket open(int domain, int type) {
    try {
      return new IoctlSocket(LibcSocket.socket(domain, type, 0));
    } catch (LastErrorException e) {
      throw NativeErrors.failure("socket(" + domain + ", " + type + ", 0)", e.getErrorCode());
    }
  }

  /**
   * {@code ioctl(fd, request, arg)}.
   *
   * @param request the OS's request number, e.g. {@code SIOCGIFFLAGS}
   * @param arg the request's argument, usually a {@code struct ifreq}
   * @throws LastErrorException with the errno when the call fails; the caller decides which errno
   *     means "not supported" for its request
   */
  public void ioctl(long request, Pointer arg) throws LastErrorException {
    int errno = request(request, arg);
    if (errno != 0) {
      throw new LastErrorException(errno);
    }
  }

  /**
   * {@code ioctl(fd, request, arg)} answering with the errno instead of an exception, for requests
   * that fail as a matter of course (ethtool on a device without driver support): an exception with
   * its stack trace per failed request costs more than the system call.
   *
   * @param request the OS's request number, e.g. {@code SIOCGIFFLAGS}
   * @param arg the request's argument, usually a {@code struct ifreq}
   * @return 0 when the call succeeded, else its errno
   * @throws IllegalStateException if the socket was closed
   */
  public int request(long request, Pointer arg) {
    if (closed) {
      throw new IllegalStateException("socket closed");
    }
    return LibcSocket.ioctl(fd, request, arg) == -1 ? Native.getLastError() : 0;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        LibcSocket.close(fd);
      } catch (LastErrorException e) {
        throw NativeErrors.failure("close(" + fd + ")", e.getErrorCode());
      }
    }
  }
}
