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

  private final Integer pid;
  private final String name;
  private final String msg;

  public AccessDenied(Integer pid, String name, String msg) {
    super(details(msg == null ? "" : msg, pid, null, name));
    this.pid = pid;
    this.name = name;
    this.msg = msg == null ? "" : msg;
  }

  /** The PID, when the denied call was about a process. */
  public OptionalInt pid() {
    return pid == null ? OptionalInt.empty() : OptionalInt.of(pid);
  }

  /** The process name, when known. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** psutil's {@code msg} attribute; empty when the OS gave no detail. */
  public String msg() {
    return msg;
  }
}
