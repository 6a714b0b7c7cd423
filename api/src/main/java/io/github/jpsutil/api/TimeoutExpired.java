package io.github.jpsutil.api;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code wait(timeout)} returned while the process was still alive (psutil's {@code
 * TimeoutExpired}); message {@code timeout after N seconds}.
 */
public class TimeoutExpired extends PsutilException {
  private static final long serialVersionUID = 1L;

  /**
   * The timeout, seconds.
   *
   * @serial
   */
  private final double seconds;

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
   * Creates the exception; its message is {@code timeout after N seconds}.
   *
   * @param seconds the timeout that expired
   * @param pid the process waited for, or null
   * @param name its name, or null when not known
   */
  public TimeoutExpired(double seconds, Integer pid, String name) {
    super(details(message(seconds), pid, null, name));
    this.seconds = seconds;
    this.pid = pid;
    this.name = name;
  }

  private static String message(double seconds) {
    String s =
        seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    return "timeout after " + s + " seconds";
  }

  /** {@return the timeout that expired, in seconds} */
  public double seconds() {
    return seconds;
  }

  /** {@return the process waited for, when the wait was about one} */
  public OptionalInt pid() {
    return pid == null ? OptionalInt.empty() : OptionalInt.of(pid);
  }

  /** {@return the process name, when known} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return psutil's {@code msg} attribute} */
  public String msg() {
    return message(seconds);
  }
}
