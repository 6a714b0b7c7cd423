package io.github.jpsutil.api;

/**
 * Base of every jpsutil exception (psutil's {@code Error}). Catching it catches {@link
 * NoSuchProcess}, {@link ZombieProcess}, {@link AccessDenied} and {@link TimeoutExpired}.
 */
public class PsutilException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the full message, psutil's string form
   */
  protected PsutilException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the failure that caused it.
   *
   * @param message the full message, psutil's string form
   * @param cause the underlying failure, e.g. the I/O error of a read
   */
  protected PsutilException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Appends psutil's {@code (pid=…, name='…')} detail, as in {@code str(NoSuchProcess(1,'x'))}. */
  static String details(String msg, Integer pid, Integer ppid, String name) {
    StringBuilder sb = new StringBuilder();
    if (pid != null) {
      sb.append("pid=").append(pid);
    }
    if (ppid != null) {
      sb.append(sb.length() > 0 ? ", " : "").append("ppid=").append(ppid);
    }
    if (name != null) {
      sb.append(sb.length() > 0 ? ", " : "").append("name='").append(name).append('\'');
    }
    if (sb.length() == 0) {
      return msg;
    }
    return msg.isEmpty() ? "(" + sb + ")" : msg + " (" + sb + ")";
  }
}
