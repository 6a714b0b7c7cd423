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

  /**
   * The pid the call was about.
   *
   * @serial
   */
  private final int pid;

  /**
   * The process name; null when not known.
   *
   * @serial
   */
  private final String name;

  /**
   * The message, psutil's {@code msg}.
   *
   * @serial
   */
  private final String msg;

  /**
   * Creates the exception with psutil's default message {@link #GONE}.
   *
   * @param pid the process that is gone
   */
  public NoSuchProcess(int pid) {
    this(pid, null, null);
  }

  /**
   * Creates the exception.
   *
   * @param pid the process that is gone
   * @param name its name, or null when not known
   * @param msg the message, or null for {@link #GONE} ({@link #REUSED} when the pid was reused)
   */
  public NoSuchProcess(int pid, String name, String msg) {
    this(pid, name, msg == null ? GONE : msg, null);
  }

  NoSuchProcess(int pid, String name, String msg, Integer ppid) {
    super(details(msg, pid, ppid, name));
    this.pid = pid;
    this.name = name;
    this.msg = msg;
  }

  /** {@return the PID the failed call was about} */
  public int pid() {
    return pid;
  }

  /** {@return the process name, when it was known before the process went away} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return psutil's {@code msg} attribute, without the pid/name details} */
  public String msg() {
    return msg;
  }
}
