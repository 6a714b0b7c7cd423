package io.github.jpsutil.api;

/**
 * Data the operating system handed over did not have the layout its decoder expects: a truncated or
 * garbled kernel file, a buffer shorter than the C struct it should hold, a field that is not a
 * number, an impossible value. It is the one exception every jpsutil parser and decoder throws for
 * bad data, so that code falling back on an I/O error never swallows a parser bug by accident.
 *
 * <p>The message names the source (a file kind such as {@code /proc/[pid]/stat}, a struct such as
 * {@code struct kinfo_proc}, or a syscall) and what was wrong with it.
 */
public final class MalformedDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names the source and what was wrong, e.g. {@code "/proc/[pid]/stat: field 22
   *     (starttime) is not a number: 'x1'"}
   */
  public MalformedDataException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the parse failure that caused it.
   *
   * @param message names the source and what was wrong
   * @param cause the failure, e.g. a {@link NumberFormatException}
   */
  public MalformedDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
