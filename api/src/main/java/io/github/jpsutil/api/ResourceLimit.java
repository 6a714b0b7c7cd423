package io.github.jpsutil.api;

/**
 * The soft and hard limit of one {@link Rlimit} resource (psutil's {@code rlimit()} tuple), in the
 * resource's unit. {@link #INFINITY} (-1, psutil's {@code RLIM_INFINITY}) means unlimited.
 *
 * @param soft the limit the kernel enforces, or {@link #INFINITY}
 * @param hard the ceiling up to which an unprivileged process may raise {@code soft}, or {@link
 *     #INFINITY}
 */
public record ResourceLimit(long soft, long hard) {
  /** psutil's {@code RLIM_INFINITY}: no limit. */
  public static final long INFINITY = -1;

  /**
   * Checks the components.
   *
   * @param soft the limit the kernel enforces, or {@link #INFINITY}
   * @param hard the ceiling up to which an unprivileged process may raise {@code soft}, or {@link
   *     #INFINITY}
   * @throws IllegalArgumentException if a component is out of range; the message says which
   */
  public ResourceLimit {
    if (soft < INFINITY || hard < INFINITY) {
      throw new IllegalArgumentException(
          "limits must be >= 0 or RLIM_INFINITY (-1), got soft=" + soft + ", hard=" + hard);
    }
    if (hard != INFINITY && (soft == INFINITY || soft > hard)) {
      throw new IllegalArgumentException(
          "soft limit must not exceed the hard limit, got soft=" + soft + ", hard=" + hard);
    }
  }
}
