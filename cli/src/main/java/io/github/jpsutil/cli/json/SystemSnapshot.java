package io.github.jpsutil.cli.json;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.text.TimeText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every psutil system function, called once, keyed by psutil's function name, in the JSON form of
 * {@link JsonRecords}: the {@code system} part of {@code jpsutil snapshot}. In JSON a function the
 * backend does not provide is {@code null} ({@link #json}); any other failure propagates.
 *
 * <p>Keys for the variants psutil selects with a flag: {@code cpu_times_percpu} ({@code
 * cpu_times(percpu=True)}), {@code cpu_count_physical} ({@code cpu_count(logical=False)}), {@code
 * cpu_freq_percpu}, {@code disk_io_counters_perdisk}, {@code net_io_counters_pernic}. {@code
 * disk_partitions} is {@code all=False}, {@code disk_usage} is of {@code /}, {@code
 * net_connections} is {@code kind="all"}.
 */
public final class SystemSnapshot {
  private SystemSnapshot() {}

  /**
   * Calls every function, keeping for each its JSON-shaped value or why it is not available.
   *
   * @param cpuPercentInterval how long {@code cpu_percent} measures (it blocks for it)
   */
  public static Map<String, Probe<Object>> collect(Psutil p, Duration cpuPercentInterval)
      throws InterruptedException {
    Map<String, Probe<Object>> m = new LinkedHashMap<>();
    put(m, "cpu_times", () -> p.cpuTimes().asMap());
    put(m, "cpu_times_percpu", () -> JsonRecords.list(p.perCpuTimes(), CpuTimes::asMap));
    put(m, "cpu_percent", () -> p.cpuPercent(cpuPercentInterval));
    put(m, "cpu_count", p::cpuCount);
    put(m, "cpu_count_physical", p::cpuCountPhysical);
    put(m, "cpu_stats", () -> JsonRecords.cpuStats(p.cpuStats()));
    put(m, "cpu_freq", () -> p.cpuFreq().map(JsonRecords::cpuFreq));
    put(m, "cpu_freq_percpu", () -> JsonRecords.list(p.perCpuFreq(), JsonRecords::cpuFreq));
    put(m, "getloadavg", () -> JsonRecords.loadAverage(p.loadAverage()));
    put(m, "virtual_memory", () -> p.virtualMemory().asMap());
    put(m, "swap_memory", () -> JsonRecords.swapMemory(p.swapMemory()));
    put(
        m,
        "disk_partitions",
        () -> JsonRecords.list(p.diskPartitions(false), JsonRecords::diskPartition));
    put(m, "disk_usage", () -> JsonRecords.diskUsage(p.diskUsage("/")));
    put(m, "disk_io_counters", () -> p.diskIoCounters().map(DiskIoCounters::asMap));
    put(
        m,
        "disk_io_counters_perdisk",
        () -> JsonRecords.map(p.perDiskIoCounters(), DiskIoCounters::asMap));
    put(m, "net_io_counters", () -> p.netIoCounters().map(NetIoCounters::asMap));
    put(
        m,
        "net_io_counters_pernic",
        () -> JsonRecords.map(p.perNicIoCounters(), NetIoCounters::asMap));
    put(
        m,
        "net_connections",
        () -> JsonRecords.list(p.netConnections("all"), JsonRecords::connection));
    put(
        m,
        "net_if_addrs",
        () ->
            JsonRecords.map(
                p.netIfAddrs(), list -> JsonRecords.list(list, JsonRecords::nicAddress)));
    put(m, "net_if_stats", () -> JsonRecords.map(p.netIfStats(), JsonRecords::nicStats));
    put(
        m,
        "sensors_temperatures",
        () ->
            JsonRecords.map(
                p.sensorsTemperatures(), list -> JsonRecords.list(list, JsonRecords::temperature)));
    put(
        m,
        "sensors_fans",
        () -> JsonRecords.map(p.sensorsFans(), list -> JsonRecords.list(list, JsonRecords::fan)));
    put(m, "sensors_battery", () -> p.sensorsBattery().map(JsonRecords::battery));
    put(m, "boot_time", () -> TimeText.epochSeconds(p.bootTime()));
    put(m, "users", () -> JsonRecords.list(p.users(), JsonRecords::user));
    put(m, "pids", () -> List.copyOf(p.pids()));
    return m;
  }

  /** The JSON tree: each function's value, {@code null} where it is not available. */
  public static Map<String, Object> json(Map<String, Probe<Object>> probes) {
    Map<String, Object> m = new LinkedHashMap<>();
    probes.forEach((function, probe) -> m.put(function, probe.mapOrNull(v -> v)));
    return m;
  }

  /** As {@link #json}, but naming why a function is not available, for the text form. */
  public static Map<String, Object> text(Map<String, Probe<Object>> probes) {
    Map<String, Object> m = new LinkedHashMap<>();
    probes.forEach(
        (function, probe) ->
            m.put(function, probe.isAvailable() ? probe.value() : probe.notAvailableReason()));
    return m;
  }

  private static void put(Map<String, Probe<Object>> m, String function, Probe.Call<?> call)
      throws InterruptedException {
    m.put(function, Probe.of(function, call::get));
  }
}
