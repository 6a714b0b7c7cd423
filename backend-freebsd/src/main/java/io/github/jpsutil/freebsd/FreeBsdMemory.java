package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.parse.SysctlNumber;
import io.github.jpsutil.freebsd.parse.VmStats;
import io.github.jpsutil.freebsd.parse.VmTotal;
import io.github.jpsutil.freebsd.parse.Xswdev;
import io.github.jpsutil.spi.MemorySource;
import java.nio.ByteBuffer;
import java.util.OptionalLong;

/**
 * Memory from the {@code vm.stats.vm} counters, {@code vm.vmtotal} and {@code vm.swap_info}; the
 * native heap from libc's jemalloc ({@code mallctl(3)}), as psutil's {@code arch/bsd/heap.c}.
 */
record FreeBsdMemory(Sysctls sysctls, long pageSize) implements MemorySource {
  private static final String CACHE_COUNT = "vm.stats.vm.v_cache_count";

  @Override
  public VirtualMemory virtualMemory() {
    VmStats stats =
        new VmStats(
            sysctls.number("hw.physmem"),
            sysctls.number("vm.stats.vm.v_active_count"),
            sysctls.number("vm.stats.vm.v_inactive_count"),
            sysctls.number("vm.stats.vm.v_wire_count"),
            sysctls.number("vm.stats.vm.v_free_count"),
            sysctls.exists(CACHE_COUNT) ? sysctls.number(CACHE_COUNT) : 0,
            sysctls.number("vfs.bufspace"));
    return stats.virtualMemory(
        VmTotal.decode(sysctls.byName("vm.vmtotal", VmTotal.LAYOUT.size())), pageSize);
  }

  @Override
  public SwapMemory swapMemory() {
    return Xswdev.swapMemory(
        sysctls.swapDevices(Xswdev.LAYOUT.size()).stream().map(Xswdev::decode).toList(),
        sysctls.number("vm.dmmax"),
        pageSize,
        sysctls.number("vm.stats.vm.v_swappgsin"),
        sysctls.number("vm.stats.vm.v_swappgsout"));
  }

  /**
   * {@code MALLCTL_ARENAS_ALL} (jemalloc {@code jemalloc_macros.h}): the arena index meaning every
   * arena in {@code arena.<i>.purge}.
   */
  private static final int MALLCTL_ARENAS_ALL = 4096;

  /**
   * psutil {@code heap_info()} on FreeBSD: writing jemalloc's {@code epoch} back refreshes its
   * cached statistics; then {@code stats.allocated} is {@code heap_used} and {@code stats.mapped}
   * {@code mmap_used} (both {@code size_t}, bytes).
   */
  @Override
  public HeapInfo heapInfo() {
    ByteBuffer epoch = sysctls.mallctl("epoch", 8);
    byte[] current = new byte[epoch.limit()];
    epoch.get(0, current);
    sysctls.mallctlWrite("epoch", current);
    return new HeapInfo(
        heapStat("stats.allocated"), heapStat("stats.mapped"), OptionalLong.empty());
  }

  private long heapStat(String name) {
    return SysctlNumber.unsigned(sysctls.mallctl(name, 8), "mallctl " + name);
  }

  /** psutil {@code heap_trim()}: purges the unused dirty pages of every jemalloc arena. */
  @Override
  public void heapTrim() {
    sysctls.mallctlWrite("arena." + MALLCTL_ARENAS_ALL + ".purge", null);
  }
}
