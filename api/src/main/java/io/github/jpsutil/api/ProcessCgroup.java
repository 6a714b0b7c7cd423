package io.github.jpsutil.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The cgroups a process belongs to, from {@code /proc/[pid]/cgroup} ({@code man 7 cgroups}). Paths
 * are relative to the root of their hierarchy, as the kernel prints them ({@code /} is the root).
 *
 * @param unifiedPath the cgroup v2 path (the {@code 0::} line); empty on a v1-only machine
 * @param controllerPaths cgroup v1 controller name (e.g. {@code memory}, {@code cpu}, {@code
 *     name=systemd}) to its path; empty on a v2-only machine
 */
public record ProcessCgroup(Optional<String> unifiedPath, Map<String, String> controllerPaths) {
  /**
   * Checks the components and copies the collections, unmodifiable.
   *
   * @param unifiedPath the cgroup v2 path (the {@code 0::} line); empty on a v1-only machine
   * @param controllerPaths cgroup v1 controller name (e.g. {@code memory}, {@code cpu}, {@code
   *     name=systemd}) to its path; empty on a v2-only machine
   * @throws NullPointerException if a component is null; the message names it
   * @throws IllegalArgumentException if a component is out of range; the message says which
   */
  public ProcessCgroup {
    Objects.requireNonNull(unifiedPath, "unifiedPath");
    controllerPaths = Map.copyOf(controllerPaths);
    if (unifiedPath.isEmpty() && controllerPaths.isEmpty()) {
      throw new IllegalArgumentException("a process belongs to at least one cgroup hierarchy");
    }
  }

  /**
   * The path that names "the container or slice" of the process: the v1 {@code memory} controller's
   * path where one is mounted (that is where container runtimes set the memory limit), else the v2
   * path, else the v1 {@code cpu} path, else any v1 path.
   *
   * @return a path relative to the hierarchy's root, starting with {@code /}
   */
  public String path() {
    String memory = controllerPaths.get("memory");
    if (memory != null) {
      return memory;
    }
    if (unifiedPath.isPresent()) {
      return unifiedPath.get();
    }
    String cpu = controllerPaths.get("cpu");
    return cpu != null ? cpu : controllerPaths.values().iterator().next();
  }
}
