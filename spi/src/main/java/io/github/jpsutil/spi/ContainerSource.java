package io.github.jpsutil.spi;

import io.github.jpsutil.api.CgroupResources;
import io.github.jpsutil.api.ProcessCgroup;

/**
 * cgroups: which ones a process belongs to and what they allow. Only Linux has cgroups; every
 * method defaults to {@link UnsupportedOperationException} so other backends need nothing.
 */
public interface ContainerSource {
  /** {@return the OS name for the exception message of the defaults} */
  String osName();

  /**
   * The cgroups of {@code pid}, from its {@code /proc/[pid]/cgroup}.
   *
   * @param pid the process
   * @return its cgroup path per controller (v1) and its unified path (v2)
   * @throws io.github.jpsutil.api.NoSuchProcess if the process is gone
   */
  default ProcessCgroup processCgroup(int pid) {
    throw Unsupported.of("cgroup", osName());
  }

  /**
   * The cgroups of the process reading them ({@code /proc/self/cgroup} under the configured procfs
   * root, so that a tree recorded elsewhere answers for its own "self").
   *
   * @return the reading process's cgroups
   */
  default ProcessCgroup selfCgroup() {
    throw Unsupported.of("cgroup", osName());
  }

  /**
   * Limits and usage of the cgroups named by {@code cgroup}, resolved against the mounts.
   *
   * @param cgroup a process's cgroups, from {@link #processCgroup} or {@link #selfCgroup}
   * @return memory, CPU, pids and I/O limits and usage
   */
  default CgroupResources resources(ProcessCgroup cgroup) {
    throw Unsupported.of("cgroup_resources", osName());
  }
}
