package io.github.jpsutil.api;

/**
 * A TCP connection's state (psutil's {@code ConnectionStatus}); {@link #value()} is psutil's
 * string. UDP and UNIX sockets are always {@link #NONE}.
 */
public enum ConnectionStatus {
  ESTABLISHED("ESTABLISHED"),
  SYN_SENT("SYN_SENT"),
  SYN_RECV("SYN_RECV"),
  FIN_WAIT1("FIN_WAIT1"),
  FIN_WAIT2("FIN_WAIT2"),
  TIME_WAIT("TIME_WAIT"),
  CLOSE("CLOSE"),
  CLOSE_WAIT("CLOSE_WAIT"),
  LAST_ACK("LAST_ACK"),
  LISTEN("LISTEN"),
  CLOSING("CLOSING"),
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

  /** psutil's string, e.g. {@code "LISTEN"}. */
  public String value() {
    return value;
  }
}
