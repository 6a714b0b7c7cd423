package io.github.jpsutil.api;

import java.util.OptionalInt;

/**
 * A process's group ids (psutil's {@code pgids}).
 *
 * @param real real gid
 * @param effective effective gid
 * @param saved saved set-group-id; empty only on SunOS when {@code /proc/<pid>/cred} is denied
 */
public record Gids(int real, int effective, OptionalInt saved) {
  /**
   * Checks the components.
   *
   * @param real real gid
   * @param effective effective gid
   * @param saved saved set-group-id; empty only on SunOS when {@code /proc/<pid>/cred} is denied
   * @throws NullPointerException if a component is null; the message names it
   */
  public Gids {
    Check.notNull("saved", saved);
  }
}
