package io.github.jpsutil.api;

/**
 * A process's scheduling state (psutil's {@code ProcessStatus}); {@link #value()} is psutil's
 * string. The letters in the comments are Linux's {@code /proc/<pid>/stat} state codes.
 */
public enum ProcessStatus {
  /** Running or runnable ({@code R}). */
  RUNNING("running"), // R
  /** Interruptible sleep, waiting for an event ({@code S}). */
  SLEEPING("sleeping"), // S
  /** Uninterruptible sleep, usually disk I/O ({@code D}). */
  DISK_SLEEP("disk-sleep"), // D
  /** Stopped by a signal such as SIGSTOP ({@code T}). */
  STOPPED("stopped"), // T
  /** Stopped by a debugger ({@code t}). */
  TRACING_STOP("tracing-stop"), // t
  /** Ended, but not yet waited for by its parent ({@code Z}). */
  ZOMBIE("zombie"), // Z
  /** Being torn down ({@code X}). */
  DEAD("dead"), // X, x
  /** Woken by a fatal signal (Linux 2.6.33–3.13, {@code K}). */
  WAKE_KILL("wake-kill"), // K
  /** Waking up (Linux 2.6.33–3.13, {@code W}). */
  WAKING("waking"), // W
  /** A parked kernel thread ({@code P}). */
  PARKED("parked"), // P
  /** An idle kernel thread ({@code I}). */
  IDLE("idle"), // I
  /** FreeBSD: blocked on a lock. */
  LOCKED("locked"), // FreeBSD
  /** FreeBSD and SunOS: waiting on an interrupt or a wait channel. */
  WAITING("waiting"), // FreeBSD, SunOS
  /** NetBSD: suspended. */
  SUSPENDED("suspended"), // NetBSD
  /** A state code the library does not know; psutil returns the plain string {@code '?'}. */
  UNKNOWN("?");

  private final String value;

  ProcessStatus(String value) {
    this.value = value;
  }

  /** {@return psutil's string for this state, e.g. {@code "disk-sleep"}} */
  public String value() {
    return value;
  }
}
