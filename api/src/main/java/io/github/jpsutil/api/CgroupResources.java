package io.github.jpsutil.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Limits and usage of one cgroup, the values a process inside a container or systemd slice is
 * really bound by (psutil gh-490 asks for them; {@code virtual_memory()} and {@code cpu_count()}
 * keep reporting the host, as psutil does). Each part is empty when its controller is not mounted
 * or not enabled for the group.
 *
 * @param path the cgroup's path ({@link ProcessCgroup#path()})
 * @param version the hierarchy the memory values came from, else the CPU values
 * @param cpu cpu, cpuacct and cpuset controllers
 * @param memory memory controller
 * @param pids pids controller
 * @param io v2 io or v1 blkio controller
 */
public record CgroupResources(
    String path,
    CgroupVersion version,
    Optional<CgroupCpu> cpu,
    Optional<CgroupMemory> memory,
    Optional<CgroupPids> pids,
    Optional<CgroupIo> io) {
  /**
   * Checks the components.
   *
   * @param path the cgroup's path ({@link ProcessCgroup#path()})
   * @param version the hierarchy the memory values came from, else the CPU values
   * @param cpu cpu, cpuacct and cpuset controllers
   * @param memory memory controller
   * @param pids pids controller
   * @param io v2 io or v1 blkio controller
   */
  public CgroupResources {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(cpu, "cpu");
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(pids, "pids");
    Objects.requireNonNull(io, "io");
  }

  /** {@return whether any limit applies: a memory, swap, CPU quota or pids limit} */
  public boolean isLimited() {
    return memory.map(m -> m.limit().isPresent() || m.swapLimit().isPresent()).orElse(false)
        || cpu.map(c -> c.quotaMicros().isPresent()).orElse(false)
        || pids.map(p -> p.limit().isPresent()).orElse(false);
  }
}
