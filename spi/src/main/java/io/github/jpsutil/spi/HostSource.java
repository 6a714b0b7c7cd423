package io.github.jpsutil.spi;

import io.github.jpsutil.api.User;
import java.time.Instant;
import java.util.List;

/** Facts about the host as a whole. */
public interface HostSource {
  default Instant bootTime() {
    throw Unsupported.of(this, "boot_time");
  }

  default List<User> users() {
    throw Unsupported.of(this, "users");
  }

  /** Every process id, ascending (threads excluded). */
  default int[] pids() {
    throw Unsupported.of(this, "pids");
  }

  /** Whether a process (not a thread) with this id exists. {@code pid >= 0}. */
  default boolean pidExists(int pid) {
    throw Unsupported.of(this, "pid_exists");
  }
}
