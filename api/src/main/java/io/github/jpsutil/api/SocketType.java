package io.github.jpsutil.api;

/** A socket type (Python's {@code socket.SocketKind}). */
public enum SocketType {
  STREAM("SOCK_STREAM"),
  DGRAM("SOCK_DGRAM"),
  SEQPACKET("SOCK_SEQPACKET"),
  RAW("SOCK_RAW");

  private final String psutilName;

  SocketType(String psutilName) {
    this.psutilName = psutilName;
  }

  public String psutilName() {
    return psutilName;
  }
}
