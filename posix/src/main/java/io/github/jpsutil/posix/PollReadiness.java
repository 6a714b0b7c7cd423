package io.github.jpsutil.posix;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.posix.jna.LibcPoll;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** {@code poll(2)} on a single descriptor, and {@code close(2)} for descriptors the caller owns. */
public final class PollReadiness {
  private PollReadiness() {}

  /**
   * {@code struct pollfd}: {@code int fd} at 0, {@code short events} at 4, {@code revents} at 6.
   */
  private static final int POLLFD_SIZE = 8;

  private static final int REVENTS_OFFSET = 6;

  /**
   * Waits up to {@code timeoutMillis} (0 = just check) for {@code fd} to become readable.
   *
   * @return true when readable (or hung up / in error, which also ends any wait), false on timeout
   *     or when a signal interrupted the wait (EINTR): the caller re-checks its deadline and polls
   *     again
   * @param fd an open descriptor
   * @param timeoutMillis the longest wait, milliseconds; 0 to just check
   * @throws IllegalArgumentException if {@code fd} or {@code timeoutMillis} is negative
   */
  public static boolean awaitReadable(int fd, int timeoutMillis) {
    if (fd < 0) {
      throw new IllegalArgumentException("fd must be >= 0, got " + fd);
    }
    if (timeoutMillis < 0) {
      throw new IllegalArgumentException("timeoutMillis must be >= 0, got " + timeoutMillis);
    }
    ByteBuffer pollfd = ByteBuffer.allocate(POLLFD_SIZE).order(ByteOrder.nativeOrder());
    pollfd.putInt(0, fd).putShort(4, LibcPoll.POLLIN);
    byte[] raw = pollfd.array();
    int ready;
    try {
      ready = LibcPoll.INSTANCE.poll(raw, 1, timeoutMillis);
    } catch (LastErrorException e) {
      if (e.getErrorCode() == Errno.EINTR) {
        return false;
      }
      throw NativeErrors.failure("poll", e.getErrorCode());
    }
    if (ready == 0) {
      return false;
    }
    short revents = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder()).getShort(REVENTS_OFFSET);
    if ((revents & LibcPoll.POLLNVAL) != 0) {
      throw NativeErrors.failure("poll (POLLNVAL on fd " + fd + ")", Errno.EBADF);
    }
    return (revents & (LibcPoll.POLLIN | LibcPoll.POLLHUP | LibcPoll.POLLERR)) != 0;
  }

  /**
   * Closes a descriptor the caller owns. EINTR still releases the descriptor on Linux and the BSDs
   * ({@code man 2 close}), so it is not retried.
   *
   * @param fd the descriptor; it is invalid afterwards
   */
  public static void close(int fd) {
    try {
      LibcPoll.INSTANCE.close(fd);
    } catch (LastErrorException e) {
      if (e.getErrorCode() != Errno.EINTR) {
        throw NativeErrors.failure("close(" + fd + ")", e.getErrorCode());
      }
    }
  }
}
