package io.github.jpsutil.linux.parse;

/**
 * The {@code Tgid:} line of {@code /proc/<pid>/status} (man 5 proc), the thread group id: equal to
 * the pid for a process, different for one of its threads. {@code /proc/<tid>} exists for every
 * thread although {@code /proc} does not list it, so this is how pid_exists tells them apart
 * (psutil gh-687).
 */
public final class PidStatusTgid {
  private static final String FILE = "/proc/<pid>/status";

  private static final byte[] TGID = TextCursor.key("Tgid:");

  private PidStatusTgid() {}

  /** The thread group id. */
  public static long tgid(String statusText) {
    return TextCursor.of(statusText, FILE).requiredNumberAfterKey(TGID, "Tgid");
  }
}
