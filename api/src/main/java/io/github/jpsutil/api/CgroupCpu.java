package io.github.jpsutil.api;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * CPU limits and usage of one cgroup: v2 {@code cpu.max}, {@code cpu.stat}, {@code
 * cpuset.cpus.effective}; v1 {@code cpu.cfs_quota_us}, {@code cpu.cfs_period_us}, {@code cpu.stat},
 * {@code cpuacct.usage*}, {@code cpuset.effective_cpus} (kernel {@code
 * Documentation/admin-guide/cgroup-v2.rst} and {@code cgroup-v1/}). An empty value means "no limit"
 * for limits and "the kernel does not provide it here" for usage.
 *
 * @param quotaMicros CPU time the group may use per period, microseconds; empty = no quota
 * @param periodMicros the enforcement period, microseconds; empty when the cpu controller is absent
 * @param cpuset the CPUs the group may run on; empty when the cpuset controller is absent
 * @param usageNanos CPU time used by the group's tasks, nanoseconds
 * @param userNanos of {@code usageNanos}, user mode, nanoseconds
 * @param systemNanos of {@code usageNanos}, kernel mode, nanoseconds
 * @param periods enforcement periods that have elapsed with runnable tasks
 * @param throttledPeriods periods in which the group was throttled
 * @param throttledNanos total time the group was throttled, nanoseconds
 */
public record CgroupCpu(
    OptionalLong quotaMicros,
    OptionalLong periodMicros,
    List<Integer> cpuset,
    OptionalLong usageNanos,
    OptionalLong userNanos,
    OptionalLong systemNanos,
    OptionalLong periods,
    OptionalLong throttledPeriods,
    OptionalLong throttledNanos) {
  /**
   * Checks the components and copies the collections, unmodifiable.
   *
   * @param quotaMicros CPU time the group may use per period, microseconds; empty = no quota
   * @param periodMicros the enforcement period, microseconds; empty when the cpu controller is
   *     absent
   * @param cpuset the CPUs the group may run on; empty when the cpuset controller is absent
   * @param usageNanos CPU time used by the group's tasks, nanoseconds
   * @param userNanos of {@code usageNanos}, user mode, nanoseconds
   * @param systemNanos of {@code usageNanos}, kernel mode, nanoseconds
   * @param periods enforcement periods that have elapsed with runnable tasks
   * @param throttledPeriods periods in which the group was throttled
   * @param throttledNanos total time the group was throttled, nanoseconds
   * @throws NullPointerException if a component is null; the message names it
   */
  public CgroupCpu {
    Objects.requireNonNull(quotaMicros, "quotaMicros");
    Objects.requireNonNull(periodMicros, "periodMicros");
    cpuset = List.copyOf(cpuset);
    Objects.requireNonNull(usageNanos, "usageNanos");
    Objects.requireNonNull(userNanos, "userNanos");
    Objects.requireNonNull(systemNanos, "systemNanos");
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(throttledPeriods, "throttledPeriods");
    Objects.requireNonNull(throttledNanos, "throttledNanos");
  }

  /**
   * The CPUs the group can use: {@code quota / period} where there is a quota (like the JDK's
   * container support, which rounds it up for {@code availableProcessors()}; this keeps the
   * fraction), else the size of the cpuset; empty when neither limits the group.
   *
   * @return the number of CPUs, possibly fractional (1.5 for a quota of 150 ms per 100 ms)
   */
  public OptionalDouble effectiveCpus() {
    if (quotaMicros.isPresent() && periodMicros.isPresent() && periodMicros.getAsLong() > 0) {
      double byQuota = (double) quotaMicros.getAsLong() / periodMicros.getAsLong();
      return OptionalDouble.of(cpuset.isEmpty() ? byQuota : Math.min(byQuota, cpuset.size()));
    }
    return cpuset.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(cpuset.size());
  }
}
