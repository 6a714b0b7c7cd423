package io.github.jpsutil.api;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The OS refused the query or action: EPERM/EACCES on UNIX, ERROR_ACCESS_DENIED on Windows
 * (psutil's {@code AccessDenied}). String form: {@code (pid=123, name='foo')}, preceded by the
 * message when there is one.
 */
public class AccessDenied extends PsutilException {
  private static final long serialVersionUID = 1L;

  /**
   * The pid the call was about; null when it was about no process.
   *
   * @serial
   */
  private final Integer pid;

  /**
   * The process name; null when not known.
   *
   * @serial
   */
  private final String name;

  /**
   * The message, psutil's {@code msg}; "" when the OS gave no detail.
   *
   * @serial
   */
  private final String msg;

  /**
   * Creates the exception.
   *
   * @param pid the process the call was about, or null
   * @param name the process name, or null when not known
   * @param msg detail from the OS, or null for none
   */
  public AccessDenied(Integer pid, String name, String msg) {
    super(details(msg == null ? "" : msg, pid, null, name));
    this.pid = pid;
    this.name = name;
    this.msg = msg == null ? "" : msg;
  }

  /** {@return the PID, when the denied call was about a process} */
  public OptionalInt pid() {
    return pid == null ? OptionalInt.empty() : OptionalInt.of(pid);
  }

  /** {@return the process name, when known} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return psutil's {@code msg} attribute; empty when the OS gave no detail} */
  public String msg() {
    return msg;
  }
}
