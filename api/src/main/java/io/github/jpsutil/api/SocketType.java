package io.github.jpsutil.api;

/** A socket type (Python's {@code socket.SocketKind}). */
public enum SocketType {
  /** Connection-oriented byte stream: TCP, or a stream UNIX socket. */
  STREAM("SOCK_STREAM"),
  /** Datagrams: UDP, or a datagram UNIX socket. */
  DGRAM("SOCK_DGRAM"),
  /** Ordered, connection-oriented datagrams (UNIX sockets). */
  SEQPACKET("SOCK_SEQPACKET"),
  /** Raw IP packets. */
  RAW("SOCK_RAW");

  private final String psutilName;

  SocketType(String psutilName) {
    this.psutilName = psutilName;
  }

  /** {@return Python's name of the type, e.g. {@code SOCK_STREAM}} */
  public String psutilName() {
    return psutilName;
  }
}
