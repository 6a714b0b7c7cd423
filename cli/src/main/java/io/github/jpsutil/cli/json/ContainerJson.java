package io.github.jpsutil.cli.json;

import io.github.jpsutil.api.CgroupCpu;
import io.github.jpsutil.api.CgroupIo;
import io.github.jpsutil.api.CgroupMemory;
import io.github.jpsutil.api.CgroupPids;
import io.github.jpsutil.api.CgroupResources;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link CgroupResources} as JSON, snake_case keys, bytes and nanoseconds as the record holds them,
 * {@code null} for "no limit" or "not provided": the {@code container} key of {@code jpsutil
 * snapshot --json}.
 */
public final class ContainerJson {
  private ContainerJson() {}

  public static Map<String, Object> resources(CgroupResources r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cgroup", r.path());
    m.put("version", r.version() == io.github.jpsutil.api.CgroupVersion.V1 ? 1 : 2);
    m.put("cpu", r.cpu().map(ContainerJson::cpu).orElse(null));
    m.put("memory", r.memory().map(ContainerJson::memory).orElse(null));
    m.put("pids", r.pids().map(ContainerJson::pids).orElse(null));
    m.put("io", r.io().map(ContainerJson::io).orElse(null));
    return m;
  }

  static Map<String, Object> cpu(CgroupCpu c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quota_us", c.quotaMicros());
    m.put("period_us", c.periodMicros());
    m.put("effective_cpus", c.effectiveCpus());
    m.put("cpuset", c.cpuset());
    m.put("usage_ns", c.usageNanos());
    m.put("user_ns", c.userNanos());
    m.put("system_ns", c.systemNanos());
    m.put("nr_periods", c.periods());
    m.put("nr_throttled", c.throttledPeriods());
    m.put("throttled_ns", c.throttledNanos());
    return m;
  }

  static Map<String, Object> memory(CgroupMemory c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("limit", c.limit());
    m.put("high", c.high());
    m.put("usage", c.usage());
    m.put("peak", c.peak());
    m.put("swap_limit", c.swapLimit());
    m.put("swap_usage", c.swapUsage());
    m.put("oom_kills", c.oomKills());
    return m;
  }

  static Map<String, Object> pids(CgroupPids p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("limit", p.limit());
    m.put("current", p.current());
    return m;
  }

  static Map<String, Object> io(CgroupIo io) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("read_bytes", io.readBytes());
    m.put("write_bytes", io.writeBytes());
    m.put("read_count", io.readOps());
    m.put("write_count", io.writeOps());
    return m;
  }
}
