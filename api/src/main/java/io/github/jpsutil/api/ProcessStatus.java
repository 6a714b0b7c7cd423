package io.github.jpsutil.api;

/**
 * A process's scheduling state (psutil's {@code ProcessStatus}); {@link #value()} is psutil's
 * string. The letters in the comments are Linux's {@code /proc/<pid>/stat} state codes.
 */
public enum ProcessStatus {
  RUNNING("running"), // R
  SLEEPING("sleeping"), // S
  DISK_SLEEP("disk-sleep"), // D
  STOPPED("stopped"), // T
  TRACING_STOP("tracing-stop"), // t
  ZOMBIE("zombie"), // Z
  DEAD("dead"), // X, x
  WAKE_KILL("wake-kill"), // K
  WAKING("waking"), // W
  PARKED("parked"), // P
  IDLE("idle"), // I
  LOCKED("locked"), // FreeBSD
  WAITING("waiting"), // FreeBSD, SunOS
  SUSPENDED("suspended"), // NetBSD
  /** A state code the library does not know; psutil returns the plain string {@code '?'}. */
  UNKNOWN("?");

  private final String value;

  ProcessStatus(String value) {
    this.value = value;
  }

  /** psutil's string for this state, e.g. {@code "disk-sleep"}. */
  public String value() {
    return value;
  }
}
