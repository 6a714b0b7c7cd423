package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.spi.UsagePercent;

/**
 * The counters psutil's {@code arch/freebsd/mem.c} reads for {@code virtual_memory()}.
 *
 * @param physmem {@code hw.physmem}, bytes
 * @param activePages {@code vm.stats.vm.v_active_count}
 * @param inactivePages {@code vm.stats.vm.v_inactive_count}
 * @param wiredPages {@code vm.stats.vm.v_wire_count}
 * @param freePages {@code vm.stats.vm.v_free_count}
 * @param cachePages {@code vm.stats.vm.v_cache_count}; 0 where the sysctl is gone (FreeBSD 12
 *     removed the cache queue; psutil treats it as optional too)
 * @param bufspace {@code vfs.bufspace}, bytes
 */
public record VmStats(
    long physmem,
    long activePages,
    long inactivePages,
    long wiredPages,
    long freePages,
    long cachePages,
    long bufspace) {

  /**
   * psutil's formulas (they match the {@code freebsd-memory} script and Zabbix): available =
   * inactive + cached + free, used = active + wired + cached, shared = ({@code t_vmshr} + {@code
   * t_rmshr}) pages, percent = (total − available) / total.
   */
  public VirtualMemory.FreeBsd virtualMemory(VmTotal total, long pageSize) {
    if (pageSize <= 0 || physmem <= 0) {
      throw new MalformedDataException(
          "hw.physmem and the page size must be > 0, got " + physmem + " and " + pageSize);
    }
    long free = bytes(freePages, pageSize, "v_free_count");
    long active = bytes(activePages, pageSize, "v_active_count");
    long inactive = bytes(inactivePages, pageSize, "v_inactive_count");
    long wired = bytes(wiredPages, pageSize, "v_wire_count");
    long cached = bytes(cachePages, pageSize, "v_cache_count");
    long shared =
        bytes(
            Math.addExact(total.sharedVirtual(), total.sharedReal()), pageSize, "t_vmshr+t_rmshr");
    long available = inactive + cached + free;
    return new VirtualMemory.FreeBsd(
        physmem,
        available,
        UsagePercent.of(physmem - available, physmem),
        active + wired + cached,
        free,
        active,
        inactive,
        bufspace,
        cached,
        shared,
        wired);
  }

  private static long bytes(long pages, long pageSize, String field) {
    try {
      return Math.multiplyExact(pages, pageSize);
    } catch (ArithmeticException e) {
      throw new MalformedDataException(field + " × page size overflows: " + pages, e);
    }
  }
}
