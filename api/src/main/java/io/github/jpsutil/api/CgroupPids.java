package io.github.jpsutil.api;

import java.util.OptionalLong;

/**
 * The pids controller of one cgroup: {@code pids.max} and {@code pids.current} (the same files in
 * v1 and v2).
 *
 * @param limit most tasks (processes and threads) the group may hold; empty = {@code max}
 * @param current tasks in the group now
 */
public record CgroupPids(OptionalLong limit, long current) {
  /**
   * Checks the components.
   *
   * @param limit most tasks (processes and threads) the group may hold; empty = {@code max}
   * @param current tasks in the group now
   * @throws IllegalArgumentException if {@code current} is negative; the message names the
   *     component and its value
   */
  public CgroupPids {
    java.util.Objects.requireNonNull(limit, "limit");
    Check.nonNegative("current", current);
  }
}
