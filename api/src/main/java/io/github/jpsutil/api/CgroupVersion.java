package io.github.jpsutil.api;

/**
 * The cgroup hierarchy a controller's values came from ({@code man 7 cgroups}): the per-controller
 * hierarchies of cgroup v1 or the single unified hierarchy of cgroup v2. A "hybrid" machine mounts
 * both; each controller then lives in exactly one of them.
 */
public enum CgroupVersion {
  /** cgroup v1: one hierarchy per controller. */
  V1,
  /** cgroup v2: the unified hierarchy. */
  V2
}
