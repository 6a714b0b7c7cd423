package io.github.jpsutil.api;

import java.util.OptionalInt;

/**
 * A process's user ids (psutil's {@code puids}).
 *
 * @param real real uid
 * @param effective effective uid
 * @param saved saved set-user-id; empty only on SunOS when {@code /proc/<pid>/cred} is denied
 */
public record Uids(int real, int effective, OptionalInt saved) {
  /**
   * Checks the components.
   *
   * @param real real uid
   * @param effective effective uid
   * @param saved saved set-user-id; empty only on SunOS when {@code /proc/<pid>/cred} is denied
   * @throws NullPointerException if a component is null; the message names it
   */
  public Uids {
    Check.notNull("saved", saved);
  }
}
