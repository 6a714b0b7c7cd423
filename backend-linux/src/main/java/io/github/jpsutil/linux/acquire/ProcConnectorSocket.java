package io.github.jpsutil.linux.acquire;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.linux.jna.EventCalls;
import io.github.jpsutil.linux.parse.ProcConnectorMessages;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.NativeErrors;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A netlink socket subscribed to Linux's process connector ({@code NETLINK_CONNECTOR}, multicast
 * group {@code CN_IDX_PROC}; {@code Documentation/driver-api/connector.rst}). Joining the group
 * needs {@code CAP_NET_ADMIN} in the initial user namespace: the kernel's netlink bind refuses an
 * unprivileged caller with EPERM, as connector does not allow non-root receivers.
 */
public final class ProcConnectorSocket implements AutoCloseable {
  /** Plenty for one datagram: a connector message is 76 bytes. */
  private static final int BUFFER_SIZE = 8192;

  /**
   * The receive buffer asked for (as root, SO_RCVBUFFORCE ignores {@code rmem_max}): 4 MiB holds
   * about 20,000 messages, so a burst of forks is not lost while the reader thread is descheduled.
   */
  private static final int RECEIVE_BUFFER = 4 << 20;

  /** {@code EPROTONOSUPPORT}: the kernel has no connector ({@code CONFIG_CONNECTOR} unset). */
  private static final int EPROTONOSUPPORT = 93;

  private final int fd;
  private final Memory buffer = new Memory(BUFFER_SIZE);
  private final Memory pollfd = new Memory(8);
  private boolean closed;

  private ProcConnectorSocket(int fd) {
    this.fd = fd;
  }

  /**
   * Opens and binds the socket (not yet listening).
   *
   * @throws AccessDenied without {@code CAP_NET_ADMIN}
   * @throws UnsupportedOperationException when the kernel has no process connector
   */
  public static ProcConnectorSocket open() {
    int fd;
    try {
      fd =
          EventCalls.socket(
              EventCalls.AF_NETLINK, EventCalls.SOCK_DGRAM_CLOEXEC, EventCalls.NETLINK_CONNECTOR);
    } catch (LastErrorException e) {
      if (e.getErrorCode() == EPROTONOSUPPORT) {
        throw new UnsupportedOperationException(
            "this kernel has no netlink connector (CONFIG_CONNECTOR)");
      }
      throw NativeErrors.failure("socket(AF_NETLINK, NETLINK_CONNECTOR)", e.getErrorCode());
    }
    try {
      byte[] addr = ProcConnectorMessages.procConnectorAddress(EventCalls.AF_NETLINK);
      EventCalls.bind(fd, addr, addr.length);
    } catch (LastErrorException e) {
      closeQuietly(fd);
      if (e.getErrorCode() == Errno.EPERM || e.getErrorCode() == Errno.EACCES) {
        throw new AccessDenied(
            null,
            null,
            "the process connector needs CAP_NET_ADMIN (root); use ProcessEventMode.PROC_SCAN");
      }
      throw NativeErrors.failure("bind(NETLINK_CONNECTOR, CN_IDX_PROC)", e.getErrorCode());
    }
    try {
      EventCalls.setsockopt(
          fd, EventCalls.SOL_SOCKET, EventCalls.SO_RCVBUFFORCE, new int[] {RECEIVE_BUFFER}, 4);
    } catch (LastErrorException e) {
      // Without the larger buffer bursts may overflow sooner; each loss is still reported
      // (ENOBUFS).
    }
    return new ProcConnectorSocket(fd);
  }

  /** Whether {@link #open()} would succeed now: opens and closes a socket. */
  public static boolean permitted() {
    try {
      open().closeSocket();
      return true;
    } catch (AccessDenied | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Sends {@code PROC_CN_MCAST_LISTEN}: from now on the kernel sends every event. */
  public void listen() {
    sendOp(ProcConnectorMessages.PROC_CN_MCAST_LISTEN);
  }

  /**
   * Waits up to {@code timeoutMillis} for one datagram.
   *
   * @return its length, 0 on timeout (or EINTR), -1 when the kernel reports that messages were lost
   *     because the socket's buffer was full (ENOBUFS)
   */
  public int receive(int timeoutMillis) {
    pollfd.setInt(0, fd);
    pollfd.setShort(4, EventCalls.POLLIN);
    pollfd.setShort(6, (short) 0);
    try {
      if (EventCalls.poll(Pointer.nativeValue(pollfd), 1, timeoutMillis) == 0) {
        return 0;
      }
      return (int)
          EventCalls.recv(fd, Pointer.nativeValue(buffer), BUFFER_SIZE, EventCalls.MSG_DONTWAIT);
    } catch (LastErrorException e) {
      int errno = e.getErrorCode();
      if (errno == EventCalls.ENOBUFS) {
        return -1;
      }
      if (errno == Errno.EINTR || errno == Errno.EAGAIN_LINUX) {
        return 0;
      }
      throw NativeErrors.failure("recv(NETLINK_CONNECTOR)", errno);
    }
  }

  /** The datagram {@link #receive} returned, native byte order; valid until the next receive. */
  public ByteBuffer received(int length) {
    return buffer.getByteBuffer(0, length).order(ByteOrder.nativeOrder());
  }

  /** Sends {@code PROC_CN_MCAST_IGNORE} (the kernel counts listeners) and closes the socket. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      sendOp(ProcConnectorMessages.PROC_CN_MCAST_IGNORE);
    } finally {
      closeSocket();
    }
  }

  private void closeSocket() {
    closed = true;
    closeQuietly(fd);
  }

  private void sendOp(int op) {
    byte[] msg = ProcConnectorMessages.mcastRequest(op);
    try {
      EventCalls.send(fd, msg, msg.length, 0);
    } catch (LastErrorException e) {
      throw NativeErrors.failure("send(PROC_CN_MCAST op " + op + ")", e.getErrorCode());
    }
  }

  /** close(2) of a descriptor we own; EINTR still releases it on Linux ({@code man 2 close}). */
  private static void closeQuietly(int fd) {
    try {
      EventCalls.close(fd);
    } catch (LastErrorException e) {
      // Only EBADF (a bug here) or EINTR/EIO, after which the descriptor is released anyway.
    }
  }
}
