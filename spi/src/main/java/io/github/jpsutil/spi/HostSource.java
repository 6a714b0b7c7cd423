package io.github.jpsutil.spi;

import io.github.jpsutil.api.User;
import java.time.Instant;
import java.util.List;

/** Facts about the host as a whole. */
public interface HostSource {
  /** {@return when the system booted (psutil's {@code boot_time()})} */
  default Instant bootTime() {
    throw Unsupported.of(this, "boot_time");
  }

  /** {@return the users logged in, one entry per session (psutil's {@code users()})} */
  default List<User> users() {
    throw Unsupported.of(this, "users");
  }

  /** {@return every process id, ascending (threads excluded)} */
  default int[] pids() {
    throw Unsupported.of(this, "pids");
  }

  /**
   * Whether a process (not a thread) with this id exists (psutil's {@code pid_exists()}).
   *
   * @param pid the process id, {@code >= 0}
   * @return true if it exists, zombies included
   */
  default boolean pidExists(int pid) {
    throw Unsupported.of(this, "pid_exists");
  }
}
