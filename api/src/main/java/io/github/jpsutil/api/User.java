package io.github.jpsutil.api;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A logged-in user session from utmp (psutil's {@code suser}).
 *
 * @param name the user name
 * @param terminal the tty, e.g. {@code pts/0}
 * @param host the remote host; {@code :0}, {@code :0.0} and "" become {@code localhost}, as psutil
 * @param started when the session began
 * @param pid the session's login process
 */
public record User(
    String name,
    Optional<String> terminal,
    Optional<String> host,
    Instant started,
    OptionalInt pid) {
  /**
   * Checks the components.
   *
   * @param name the user name
   * @param terminal the tty, e.g. {@code pts/0}
   * @param host the remote host; {@code :0}, {@code :0.0} and "" become {@code localhost}, as
   *     psutil
   * @param started when the session began
   * @param pid the session's login process
   * @throws NullPointerException if a component is null; the message names it
   */
  public User {
    Check.notNull("name", name);
    Check.notNull("terminal", terminal);
    Check.notNull("host", host);
    Check.notNull("started", started);
    Check.notNull("pid", pid);
  }
}
