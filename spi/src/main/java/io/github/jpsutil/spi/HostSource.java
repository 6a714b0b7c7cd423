package io.github.jpsutil.spi;

import io.github.jpsutil.api.User;
import java.time.Instant;
import java.util.List;

/** Facts about the host as a whole. */
public interface HostSource {
  Instant bootTime();

  List<User> users();

  /** Every process id, ascending (threads excluded). */
  int[] pids();

  /** Whether a process (not a thread) with this id exists. {@code pid >= 0}. */
  boolean pidExists(int pid);
}
