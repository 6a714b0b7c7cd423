package io.github.jpsutil.itests;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.Rlimit;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Every read-only method of {@link OsProcess}, each called directly (not through {@code asDict}),
 * keyed by psutil's name. Methods that take an argument are called once with a typical one.
 */
public final class ProcessGetters {
  private ProcessGetters() {}

  /** psutil's name → the call, in a stable order. */
  public static Map<String, Function<OsProcess, Object>> all() {
    Map<String, Function<OsProcess, Object>> g = new LinkedHashMap<>();
    g.put("name", OsProcess::name);
    g.put("exe", OsProcess::exe);
    g.put("cmdline", OsProcess::cmdline);
    g.put("environ", OsProcess::environ);
    g.put("create_time", OsProcess::createTime);
    g.put("status", OsProcess::status);
    g.put("cwd", OsProcess::cwd);
    g.put("username", OsProcess::username);
    g.put("uids", OsProcess::uids);
    g.put("gids", OsProcess::gids);
    g.put("terminal", OsProcess::terminal);
    g.put("ppid", OsProcess::ppid);
    g.put("parent", OsProcess::parent);
    g.put("parents", OsProcess::parents);
    g.put("children", OsProcess::children);
    g.put("children_recursive", p -> p.children(true));
    g.put("nice", OsProcess::nice);
    g.put("ionice", OsProcess::ionice);
    g.put("rlimit", p -> p.rlimit(Rlimit.NOFILE));
    g.put("io_counters", OsProcess::ioCounters);
    g.put("num_ctx_switches", OsProcess::numCtxSwitches);
    g.put("num_fds", OsProcess::numFds);
    g.put("num_handles", OsProcess::numHandles);
    g.put("num_threads", OsProcess::numThreads);
    g.put("threads", OsProcess::threads);
    g.put("cpu_times", OsProcess::cpuTimes);
    g.put("cpu_percent", OsProcess::cpuPercent);
    g.put("cpu_percent_interval", ProcessGetters::cpuPercentOverOneMilli);
    g.put("cpu_num", OsProcess::cpuNum);
    g.put("cpu_affinity", OsProcess::cpuAffinity);
    g.put("memory_info", OsProcess::memoryInfo);
    g.put("memory_info_ex", OsProcess::memoryInfoEx);
    g.put("memory_footprint", OsProcess::memoryFootprint);
    g.put("memory_percent", OsProcess::memoryPercent);
    g.put("memory_percent_uss", p -> p.memoryPercent("uss"));
    g.put("memory_maps", OsProcess::memoryMaps);
    g.put("memory_maps_ungrouped", OsProcess::memoryMapRegions);
    g.put("page_faults", OsProcess::pageFaults);
    g.put("open_files", OsProcess::openFiles);
    g.put("net_connections", OsProcess::netConnections);
    g.put("net_connections_all", p -> p.netConnections(ConnectionKind.ALL));
    return g;
  }

  private static Object cpuPercentOverOneMilli(OsProcess p) {
    try {
      return p.cpuPercent(Duration.ofMillis(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
