package io.github.jpsutil.metrics;

/**
 * The families of system meters {@link JpsutilMetrics} can publish; each is read with one jpsutil
 * call per refresh. All are on by default; a family the platform does not provide is left out.
 * Per-process meters are chosen with a {@link ProcessSelection} instead.
 */
public enum MetricGroup {
  /**
   * {@code system.cpu.time}, {@code system.cpu.utilization} per CPU and state, {@code
   * system.cpu.logical.count}, {@code system.cpu.physical.count}.
   */
  CPU,
  /**
   * {@code system.memory.usage}, {@code system.memory.utilization}, {@code system.memory.limit}.
   */
  MEMORY,
  /** {@code system.paging.usage}, {@code system.paging.operations}. */
  PAGING,
  /**
   * {@code system.disk.io}, {@code operations}, {@code operation_time}, {@code io_time}, {@code
   * merged}, per device.
   */
  DISK,
  /** {@code system.filesystem.usage}, {@code system.filesystem.utilization}, per mount. */
  FILESYSTEM,
  /** {@code system.network.io}, {@code packets}, {@code errors}, {@code dropped}, per interface. */
  NETWORK,
  /**
   * {@code system.network.connections} by protocol and state. The costliest family with many
   * processes: finding sockets' owners walks every process's descriptors.
   */
  CONNECTIONS,
  /** {@code system.process.count} by status (one scan of the process table). */
  PROCESS_COUNT,
  /** {@code system.uptime}. */
  UPTIME,
  /** {@code hw.temperature} and {@code hw.temperature.limit}, when the machine has sensors. */
  TEMPERATURE,
  /**
   * {@code container.*}: CPU time, limit and throttling, memory usage and limit, OOM kills, tasks
   * and I/O of the cgroup this JVM runs in (Linux; {@code Psutil.containers()}).
   */
  CONTAINER
}
