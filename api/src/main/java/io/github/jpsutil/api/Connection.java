package io.github.jpsutil.api;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A socket (psutil's {@code sconn}, and {@code pconn} for one process).
 *
 * @param fd the owning process's file descriptor; empty when unknown (psutil's -1), e.g. for
 *     sockets of processes the caller may not inspect
 * @param family {@link AddressFamily#INET}, {@link AddressFamily#INET6} or {@link
 *     AddressFamily#UNIX}
 * @param type stream, datagram or seqpacket
 * @param laddr local end; empty for an unbound INET socket (psutil's {@code ()}). UNIX sockets
 *     always have a {@link Endpoint.Unix}, possibly with path ""
 * @param raddr remote end; empty when not connected. On Linux a UNIX socket's is {@code
 *     Endpoint.Unix("")}
 * @param status TCP state; {@link ConnectionStatus#NONE} for UDP and UNIX sockets
 * @param pid owning process; empty when unknown
 */
public record Connection(
    OptionalInt fd,
    AddressFamily family,
    SocketType type,
    Optional<Endpoint> laddr,
    Optional<Endpoint> raddr,
    ConnectionStatus status,
    OptionalInt pid) {
  /**
   * Checks the components.
   *
   * @param fd the owning process's file descriptor; empty when unknown (psutil's -1), e.g. for
   *     sockets of processes the caller may not inspect
   * @param family {@link AddressFamily#INET}, {@link AddressFamily#INET6} or {@link
   *     AddressFamily#UNIX}
   * @param type stream, datagram or seqpacket
   * @param laddr local end; empty for an unbound INET socket (psutil's {@code ()}). UNIX sockets
   *     always have a {@link Endpoint.Unix}, possibly with path ""
   * @param raddr remote end; empty when not connected. On Linux a UNIX socket's is {@code
   *     Endpoint.Unix("")}
   * @param status TCP state; {@link ConnectionStatus#NONE} for UDP and UNIX sockets
   * @param pid owning process; empty when unknown
   * @throws NullPointerException if a component is null; the message names it
   */
  public Connection {
    Check.notNull("fd", fd);
    Check.notNull("family", family);
    Check.notNull("type", type);
    Check.notNull("laddr", laddr);
    Check.notNull("raddr", raddr);
    Check.notNull("status", status);
    Check.notNull("pid", pid);
  }
}
