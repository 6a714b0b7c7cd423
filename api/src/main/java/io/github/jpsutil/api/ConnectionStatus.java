package io.github.jpsutil.api;

/**
 * A TCP connection's state (psutil's {@code ConnectionStatus}); {@link #value()} is psutil's
 * string. UDP and UNIX sockets are always {@link #NONE}.
 */
public enum ConnectionStatus {
  /** Open; data flows both ways. */
  ESTABLISHED("ESTABLISHED"),
  /** Connecting: SYN sent. */
  SYN_SENT("SYN_SENT"),
  /** Accepting: SYN received, SYN-ACK sent. */
  SYN_RECV("SYN_RECV"),
  /** Closed locally; FIN sent. */
  FIN_WAIT1("FIN_WAIT1"),
  /** Closed locally; the peer acknowledged the FIN. */
  FIN_WAIT2("FIN_WAIT2"),
  /** Closed; waiting for late packets (2×MSL). */
  TIME_WAIT("TIME_WAIT"),
  /** Closed. */
  CLOSE("CLOSE"),
  /** The peer closed; the local side has not yet. */
  CLOSE_WAIT("CLOSE_WAIT"),
  /** Both closed; waiting for the last ACK. */
  LAST_ACK("LAST_ACK"),
  /** Listening for connections. */
  LISTEN("LISTEN"),
  /** Both sides closed at once; waiting for the ACK. */
  CLOSING("CLOSING"),
  /** No state: UDP and UNIX sockets. */
  NONE("NONE"),
  /** Windows only. */
  DELETE_TCB("DELETE_TCB"),
  /** SunOS only. */
  IDLE("CONN_IDLE"),
  /** SunOS only. */
  BOUND("CONN_BOUND");

  private final String value;

  ConnectionStatus(String value) {
    this.value = value;
  }

  /** {@return psutil's string, e.g. {@code "LISTEN"}} */
  public String value() {
    return value;
  }
}
