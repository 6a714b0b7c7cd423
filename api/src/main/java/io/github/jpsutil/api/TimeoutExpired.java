package io.github.jpsutil.api;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code wait(timeout)} returned while the process was still alive (psutil's {@code
 * TimeoutExpired}); message {@code timeout after N seconds}.
 */
public class TimeoutExpired extends PsutilException {
  private static final long serialVersionUID = 1L;

  private final double seconds;
  private final Integer pid;
  private final String name;

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

  /** The timeout that expired, in seconds. */
  public double seconds() {
    return seconds;
  }

  public OptionalInt pid() {
    return pid == null ? OptionalInt.empty() : OptionalInt.of(pid);
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** psutil's {@code msg} attribute. */
  public String msg() {
    return message(seconds);
  }
}
