package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.parse.SysctlNumber;
import io.github.jpsutil.freebsd.parse.VmStats;
import io.github.jpsutil.freebsd.parse.VmTotal;
import io.github.jpsutil.freebsd.parse.Xswdev;
import io.github.jpsutil.spi.MemorySource;

/** Memory from the {@code vm.stats.vm} counters, {@code vm.vmtotal} and {@code vm.swap_info}. */
final class FreeBsdMemory implements MemorySource {
  private static final String CACHE_COUNT = "vm.stats.vm.v_cache_count";

  private final Sysctls sysctls;
  private final long pageSize;

  FreeBsdMemory(Sysctls sysctls, long pageSize) {
    this.sysctls = sysctls;
    this.pageSize = pageSize;
  }

  private long number(String name) {
    return SysctlNumber.unsigned(sysctls.byName(name, 8), name);
  }

  @Override
  public VirtualMemory virtualMemory() {
    VmStats stats =
        new VmStats(
            number("hw.physmem"),
            number("vm.stats.vm.v_active_count"),
            number("vm.stats.vm.v_inactive_count"),
            number("vm.stats.vm.v_wire_count"),
            number("vm.stats.vm.v_free_count"),
            sysctls.exists(CACHE_COUNT) ? number(CACHE_COUNT) : 0,
            number("vfs.bufspace"));
    return stats.virtualMemory(
        VmTotal.decode(sysctls.byName("vm.vmtotal", VmTotal.LAYOUT.size())), pageSize);
  }

  @Override
  public SwapMemory swapMemory() {
    return Xswdev.swapMemory(
        sysctls.swapDevices(Xswdev.LAYOUT.size()).stream().map(Xswdev::decode).toList(),
        number("vm.dmmax"),
        pageSize,
        number("vm.stats.vm.v_swappgsin"),
        number("vm.stats.vm.v_swappgsout"));
  }
}
