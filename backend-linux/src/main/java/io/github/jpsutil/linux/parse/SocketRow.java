package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.SocketType;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a {@code /proc/net} socket table, before its owner (pid, fd) is known.
 *
 * @param inode the socket's inode, which {@code /proc/<pid>/fd/<n>} links name as {@code
 *     socket:[inode]}; 0 for sockets no file refers to (e.g. TIME_WAIT)
 * @param family INET, INET6 or UNIX
 * @param type stream, datagram or seqpacket
 * @param laddr local end; empty for an INET port 0
 * @param raddr remote end; empty for an INET port 0, {@code Unix("")} for UNIX sockets
 * @param status TCP state, NONE for UDP and UNIX
 */
public record SocketRow(
    long inode,
    AddressFamily family,
    SocketType type,
    Optional<Endpoint> laddr,
    Optional<Endpoint> raddr,
    ConnectionStatus status) {
  public SocketRow {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(laddr, "laddr");
    Objects.requireNonNull(raddr, "raddr");
    Objects.requireNonNull(status, "status");
  }
}
