package io.github.jpsutil.linux.jna;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.posix.NativeLibc;

/**
 * The libc calls of process events, direct-mapped: a netlink socket for the process connector
 * ({@code socket(2)}, {@code bind(2)}, {@code send(2)}, {@code recv(2)}), {@code poll(2)} over many
 * pidfds, and {@code close(2)}. Buffers are native memory passed by address ({@code long}), so a
 * receive copies no Java array; {@code size_t}/{@code nfds_t} are {@code long} (LP64, which {@link
 * SyscallNumbers} enforces for the backend).
 */
public final class EventCalls {
  /** {@code AF_NETLINK}, {@code <linux/socket.h>}. */
  public static final int AF_NETLINK = 16;

  /** {@code SOCK_DGRAM | SOCK_CLOEXEC} (02000000 on every architecture jpsutil supports). */
  public static final int SOCK_DGRAM_CLOEXEC = 2 | 02000000;

  /** {@code NETLINK_CONNECTOR}, {@code <linux/netlink.h>}. */
  public static final int NETLINK_CONNECTOR = 11;

  /** {@code MSG_DONTWAIT}, {@code <bits/socket.h>}. */
  public static final int MSG_DONTWAIT = 0x40;

  /** {@code POLLIN}, {@code POLLERR}, {@code POLLHUP}, {@code POLLNVAL}, {@code <poll.h>}. */
  public static final short POLLIN = 0x1;

  public static final short POLLERR = 0x8;
  public static final short POLLHUP = 0x10;
  public static final short POLLNVAL = 0x20;

  /** {@code ENOBUFS}: the socket's receive buffer overflowed and messages were lost. */
  public static final int ENOBUFS = 105;

  static {
    NativeLibc.register(EventCalls.class);
  }

  private EventCalls() {}

  public static native int socket(int domain, int type, int protocol) throws LastErrorException;

  /** {@code int bind(int fd, const struct sockaddr *addr, socklen_t len)}. */
  public static native int bind(int fd, byte[] addr, int len) throws LastErrorException;

  /** {@code ssize_t send(int fd, const void *buf, size_t len, int flags)}. */
  public static native long send(int fd, byte[] buf, long len, int flags) throws LastErrorException;

  /** {@code ssize_t recv(int fd, void *buf, size_t len, int flags)}, {@code buf} an address. */
  public static native long recv(int fd, long buf, long len, int flags) throws LastErrorException;

  /** {@code int poll(struct pollfd *fds, nfds_t nfds, int timeout)}, {@code fds} an address. */
  public static native int poll(long fds, long nfds, int timeout) throws LastErrorException;

  /** {@code int setsockopt(int fd, int level, int name, const void *val, socklen_t len)}. */
  public static native int setsockopt(int fd, int level, int name, int[] val, int len)
      throws LastErrorException;

  /** {@code SOL_SOCKET} and {@code SO_RCVBUFFORCE} ({@code <asm-generic/socket.h>}: 1 and 33). */
  public static final int SOL_SOCKET = 1;

  public static final int SO_RCVBUFFORCE = 33;

  public static native int close(int fd) throws LastErrorException;
}
