package io.github.jpsutil.spi;

import java.util.Optional;

/** Resolves user ids to names (POSIX {@code getpwuid_r}, which consults NSS as {@code id} does). */
public interface UserDirectory {
  /**
   * The login name of a user id.
   *
   * @param uid the user id
   * @return the name; empty when the user database has no entry for it
   */
  Optional<String> nameOf(int uid);
}
