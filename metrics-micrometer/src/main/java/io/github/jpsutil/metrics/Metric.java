package io.github.jpsutil.metrics;

/**
 * Every meter the binder publishes: its OpenTelemetry semantic-convention name, Micrometer kind,
 * units and description. Names and attribute keys follow the system and process conventions as of
 * semconv v1.21 ({@code state}, {@code device}, {@code direction}, …), which the OpenTelemetry
 * Collector's hostmetrics receiver still emits and which later semconv versions ask existing
 * producers to keep until the system conventions are stable.
 *
 * <p>Two units per meter: {@link #baseUnit()} is Micrometer's ({@code bytes}, {@code seconds}, or
 * none for counts and ratios), so the Prometheus registry names end in {@code _bytes}/{@code
 * _seconds} as the OpenTelemetry-to-Prometheus translation of {@code By}/{@code s} does; {@link
 * #ucumUnit()} is the convention's UCUM unit, applied by {@link UcumUnits} for OTLP.
 */
enum Metric {
  CPU_TIME(
      "system.cpu.time",
      Kind.COUNTER,
      "seconds",
      "s",
      "Seconds each logical CPU spent in each mode"),
  CPU_UTILIZATION(
      "system.cpu.utilization",
      Kind.GAUGE,
      null,
      "1",
      "Share of each logical CPU's time spent in each mode since the previous sample, 0 to 1"),
  CPU_LOGICAL_COUNT("system.cpu.logical.count", Kind.GAUGE, null, "{cpu}", "Online logical CPUs"),
  CPU_PHYSICAL_COUNT("system.cpu.physical.count", Kind.GAUGE, null, "{cpu}", "Physical CPU cores"),
  MEMORY_USAGE("system.memory.usage", Kind.GAUGE, "bytes", "By", "Physical memory by state"),
  MEMORY_LIMIT("system.memory.limit", Kind.GAUGE, "bytes", "By", "Total physical memory"),
  MEMORY_UTILIZATION(
      "system.memory.utilization", Kind.GAUGE, null, "1", "Physical memory by state, 0 to 1"),
  PAGING_USAGE("system.paging.usage", Kind.GAUGE, "bytes", "By", "Swap space by state"),
  PAGING_OPERATIONS(
      "system.paging.operations", Kind.COUNTER, null, "{operation}", "Pages swapped in and out"),
  DISK_IO("system.disk.io", Kind.COUNTER, "bytes", "By", "Bytes read from and written to disk"),
  DISK_OPERATIONS(
      "system.disk.operations",
      Kind.COUNTER,
      null,
      "{operation}",
      "Disk reads and writes completed"),
  DISK_IO_TIME(
      "system.disk.io_time", Kind.COUNTER, "seconds", "s", "Time the disk spent doing I/O"),
  DISK_OPERATION_TIME(
      "system.disk.operation_time",
      Kind.COUNTER,
      "seconds",
      "s",
      "Time spent in reads and in writes, summed over the operations"),
  DISK_MERGED(
      "system.disk.merged", Kind.COUNTER, null, "{operation}", "Adjacent reads and writes merged"),
  FILESYSTEM_USAGE(
      "system.filesystem.usage", Kind.GAUGE, "bytes", "By", "Filesystem space by state"),
  FILESYSTEM_UTILIZATION(
      "system.filesystem.utilization",
      Kind.GAUGE,
      null,
      "1",
      "Used share of the space available to unprivileged users (df's Use%), 0 to 1"),
  NETWORK_IO("system.network.io", Kind.COUNTER, "bytes", "By", "Bytes sent and received"),
  NETWORK_PACKETS(
      "system.network.packets", Kind.COUNTER, null, "{packet}", "Packets sent and received"),
  NETWORK_ERRORS(
      "system.network.errors", Kind.COUNTER, null, "{error}", "Errors sending and receiving"),
  NETWORK_DROPPED(
      "system.network.dropped", Kind.COUNTER, null, "{packet}", "Packets dropped, in and out"),
  NETWORK_CONNECTIONS(
      "system.network.connections",
      Kind.GAUGE,
      null,
      "{connection}",
      "IPv4 and IPv6 sockets by protocol and TCP state"),
  // Container meters: semconv's container.cpu.time, container.memory.usage and container.disk.io;
  // the limits and counts semconv has no name for take the names of the OpenTelemetry Collector's
  // docker_stats receiver (container.memory.usage.limit, container.pids.*,
  // container.cpu.throttling_data.*), so dashboards built for it work unchanged.
  CONTAINER_CPU_TIME(
      "container.cpu.time", Kind.COUNTER, "seconds", "s", "CPU time of the cgroup by mode"),
  CONTAINER_CPU_LIMIT(
      "container.cpu.limit",
      Kind.GAUGE,
      null,
      "{cpu}",
      "CPUs the cgroup may use (quota / period, or the cpuset size)"),
  CONTAINER_CPU_THROTTLED_TIME(
      "container.cpu.throttling_data.throttled_time",
      Kind.COUNTER,
      "seconds",
      "s",
      "Time the cgroup was throttled by its CPU quota"),
  CONTAINER_MEMORY_USAGE(
      "container.memory.usage", Kind.GAUGE, "bytes", "By", "Memory used by the cgroup"),
  CONTAINER_MEMORY_LIMIT(
      "container.memory.usage.limit",
      Kind.GAUGE,
      "bytes",
      "By",
      "Memory limit of the cgroup; absent when there is none"),
  CONTAINER_MEMORY_OOM_KILLS(
      "container.memory.oom_kills",
      Kind.COUNTER,
      null,
      "{process}",
      "Processes of the cgroup killed by the OOM killer"),
  CONTAINER_PIDS_COUNT(
      "container.pids.count", Kind.GAUGE, null, "{process}", "Tasks in the cgroup"),
  CONTAINER_PIDS_LIMIT(
      "container.pids.limit",
      Kind.GAUGE,
      null,
      "{process}",
      "Most tasks the cgroup may hold; absent when there is no limit"),
  CONTAINER_DISK_IO(
      "container.disk.io", Kind.COUNTER, "bytes", "By", "Bytes the cgroup read and wrote"),
  PROCESS_COUNT("system.process.count", Kind.GAUGE, null, "{process}", "Processes by status"),
  UPTIME("system.uptime", Kind.GAUGE, "seconds", "s", "Seconds since the system booted"),
  TEMPERATURE("hw.temperature", Kind.GAUGE, "celsius", "Cel", "Sensor temperature"),
  TEMPERATURE_LIMIT(
      "hw.temperature.limit", Kind.GAUGE, "celsius", "Cel", "Sensor temperature thresholds"),
  PROCESS_CPU_TIME(
      "process.cpu.time", Kind.COUNTER, "seconds", "s", "CPU seconds of the process by mode"),
  PROCESS_CPU_UTILIZATION(
      "process.cpu.utilization",
      Kind.GAUGE,
      null,
      "1",
      "CPU time of the process since the previous sample over elapsed time times logical CPUs"),
  PROCESS_MEMORY_USAGE(
      "process.memory.usage", Kind.GAUGE, "bytes", "By", "Resident memory of the process"),
  PROCESS_MEMORY_VIRTUAL(
      "process.memory.virtual", Kind.GAUGE, "bytes", "By", "Virtual memory size of the process"),
  PROCESS_DISK_IO(
      "process.disk.io",
      Kind.COUNTER,
      "bytes",
      "By",
      "Storage bytes read and written by the process"),
  PROCESS_OPEN_FDS(
      "process.open_file_descriptor.count",
      Kind.GAUGE,
      null,
      "{file_descriptor}",
      "Open file descriptors of the process"),
  PROCESS_THREADS("process.thread.count", Kind.GAUGE, null, "{thread}", "Threads of the process"),
  PROCESS_CONTEXT_SWITCHES(
      "process.context_switches",
      Kind.COUNTER,
      null,
      "{context_switch}",
      "Voluntary and involuntary context switches of the process");

  /** How Micrometer sees the meter: a value that goes up and down, or a cumulative count. */
  enum Kind {
    GAUGE,
    COUNTER
  }

  private final String otelName;
  private final Kind kind;
  private final String baseUnit;
  private final String ucumUnit;
  private final String description;

  Metric(String otelName, Kind kind, String baseUnit, String ucumUnit, String description) {
    this.otelName = otelName;
    this.kind = kind;
    this.baseUnit = baseUnit;
    this.ucumUnit = ucumUnit;
    this.description = description;
  }

  /** The semantic-convention name, e.g. {@code system.cpu.time}. */
  String otelName() {
    return otelName;
  }

  Kind kind() {
    return kind;
  }

  /** Micrometer's base unit, or null for counts and ratios. */
  String baseUnit() {
    return baseUnit;
  }

  /** The convention's UCUM unit, e.g. {@code By} or {@code {operation}}. */
  String ucumUnit() {
    return ucumUnit;
  }

  String description() {
    return description;
  }
}
