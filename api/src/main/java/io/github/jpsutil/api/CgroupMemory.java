package io.github.jpsutil.api;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Memory limits and usage of one cgroup, in bytes: v2 {@code memory.max}, {@code memory.high},
 * {@code memory.current}, {@code memory.peak}, {@code memory.swap.max}, {@code
 * memory.swap.current}, {@code memory.events}; v1 {@code memory.limit_in_bytes}, {@code
 * memory.soft_limit_in_bytes}, {@code memory.usage_in_bytes}, {@code memory.max_usage_in_bytes},
 * {@code memory.memsw.*}, {@code memory.oom_control}. A limit is empty when there is none (v2
 * {@code max}; v1 the page-rounded {@code LONG_MAX} the kernel prints for "unlimited"); a counter
 * is empty when this kernel or configuration does not provide it.
 *
 * @param limit hard limit (v2 {@code memory.max}, v1 {@code memory.limit_in_bytes})
 * @param high throttling threshold (v2 {@code memory.high}; v1 the soft limit)
 * @param usage current usage
 * @param peak high watermark of usage (v2 {@code memory.peak}, kernel 5.19+; v1 max_usage)
 * @param swapLimit swap the group may use, swap only (v1: {@code memsw} limit minus memory limit)
 * @param swapUsage swap in use, swap only (v1: {@code memsw} usage minus memory usage)
 * @param oomKills processes killed by the OOM killer in this group (v1: kernel 4.13+)
 */
public record CgroupMemory(
    OptionalLong limit,
    OptionalLong high,
    long usage,
    OptionalLong peak,
    OptionalLong swapLimit,
    OptionalLong swapUsage,
    OptionalLong oomKills) {
  /**
   * Checks the components.
   *
   * @param limit hard limit (v2 {@code memory.max}, v1 {@code memory.limit_in_bytes})
   * @param high throttling threshold (v2 {@code memory.high}; v1 the soft limit)
   * @param usage current usage
   * @param peak high watermark of usage (v2 {@code memory.peak}, kernel 5.19+; v1 max_usage)
   * @param swapLimit swap the group may use, swap only (v1: {@code memsw} limit minus memory limit)
   * @param swapUsage swap in use, swap only (v1: {@code memsw} usage minus memory usage)
   * @param oomKills processes killed by the OOM killer in this group (v1: kernel 4.13+)
   * @throws IllegalArgumentException if {@code usage} is negative; the message names the component
   *     and its value
   */
  public CgroupMemory {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(high, "high");
    Check.nonNegative("usage", usage);
    Objects.requireNonNull(peak, "peak");
    Objects.requireNonNull(swapLimit, "swapLimit");
    Objects.requireNonNull(swapUsage, "swapUsage");
    Objects.requireNonNull(oomKills, "oomKills");
  }
}
