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
  public CgroupPids {
    java.util.Objects.requireNonNull(limit, "limit");
    Check.nonNegative("current", current);
  }
}
