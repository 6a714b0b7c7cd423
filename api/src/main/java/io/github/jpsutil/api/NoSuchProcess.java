package io.github.jpsutil.api;

import java.util.Optional;

/**
 * The process no longer exists, or its PID now belongs to another process (psutil's {@code
 * NoSuchProcess}). Message and string form follow psutil: {@code process no longer exists (pid=123,
 * name='foo')}.
 */
public class NoSuchProcess extends PsutilException {
  private static final long serialVersionUID = 1L;

  /** psutil's default message. */
  public static final String GONE = "process no longer exists";

  /** psutil's message when a PID was reused by a newer process. */
  public static final String REUSED = "process no longer exists and its PID has been reused";

  private final int pid;
  private final String name;
  private final String msg;

  public NoSuchProcess(int pid) {
    this(pid, null, null);
  }

  public NoSuchProcess(int pid, String name, String msg) {
    this(pid, name, msg == null ? GONE : msg, null);
  }

  NoSuchProcess(int pid, String name, String msg, Integer ppid) {
    super(details(msg, pid, ppid, name));
    this.pid = pid;
    this.name = name;
    this.msg = msg;
  }

  /** The PID the failed call was about. */
  public int pid() {
    return pid;
  }

  /** The process name, when it was known before the process went away. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** psutil's {@code msg} attribute, without the pid/name details. */
  public String msg() {
    return msg;
  }
}
