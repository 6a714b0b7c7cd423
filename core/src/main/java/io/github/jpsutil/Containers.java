package io.github.jpsutil;

import io.github.jpsutil.api.CgroupResources;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.ProcessCgroup;
import java.util.Objects;
import java.util.Optional;

/**
 * Container-aware values, asked for explicitly: {@code psutil.containers().current()}. psutil's
 * {@code virtual_memory()} and {@code cpu_count()} keep their meaning (the host as the kernel
 * reports it) so that numbers stay comparable with psutil and {@code free}; a service sizing itself
 * inside a container or systemd slice reads the limits here (psutil gh-490). Linux only: elsewhere
 * every method throws {@link UnsupportedOperationException}, and {@code
 * supports(Feature.CGROUP_RESOURCES)} says so.
 */
public final class Containers {
  private final Psutil psutil;

  Containers(Psutil psutil) {
    this.psutil = psutil;
  }

  /**
   * Limits and usage of the cgroups this JVM is in ({@code /proc/self/cgroup} of the configured
   * procfs root).
   *
   * @return memory, CPU, pids and I/O limits and usage
   */
  public CgroupResources current() {
    psutil.require(Feature.PROC_CGROUP);
    return of(psutil.backend().containers().selfCgroup());
  }

  /**
   * As {@link #current()}, but empty when no limit applies (no memory, swap, CPU quota or pids
   * limit): what {@code jpsutil snapshot --json} prints as its {@code container} key.
   *
   * @return the resources, or empty when the JVM runs unlimited
   */
  public Optional<CgroupResources> currentLimits() {
    CgroupResources r = current();
    return r.isLimited() ? Optional.of(r) : Optional.empty();
  }

  /**
   * Limits and usage of the cgroups a process is in.
   *
   * @param process the process
   * @return memory, CPU, pids and I/O limits and usage
   * @throws io.github.jpsutil.api.NoSuchProcess if the process is gone
   */
  public CgroupResources of(OsProcess process) {
    Objects.requireNonNull(process, "process");
    return of(process.cgroup());
  }

  /**
   * Limits and usage of the cgroups named by {@code cgroup}, as read from the current mounts.
   *
   * @param cgroup a process's cgroups, e.g. from {@code OsProcess.cgroup()}
   * @return memory, CPU, pids and I/O limits and usage
   */
  public CgroupResources of(ProcessCgroup cgroup) {
    Objects.requireNonNull(cgroup, "cgroup");
    psutil.require(Feature.CGROUP_RESOURCES);
    return psutil.backend().containers().resources(cgroup);
  }
}
