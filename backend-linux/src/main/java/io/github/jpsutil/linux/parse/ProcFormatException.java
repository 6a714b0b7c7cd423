package io.github.jpsutil.linux.parse;

/**
 * A kernel file did not have the layout its parser expects (truncated, a field missing or not a
 * number). The message names the file kind, e.g. {@code /proc/[pid]/stat}; the code that read the
 * file adds the real path.
 */
public final class ProcFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ProcFormatException(String message) {
    super(message);
  }
}
