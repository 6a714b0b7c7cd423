package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.parse.SysctlNumber;
import io.github.jpsutil.freebsd.parse.VmStats;
import io.github.jpsutil.freebsd.parse.VmTotal;
import io.github.jpsutil.freebsd.parse.Xswdev;
import io.github.jpsutil.spi.MemorySource;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Memory from the {@code vm.stats.vm} counters, {@code vm.vmtotal} and {@code vm.swap_info}. */
final class FreeBsdMemory implements MemorySource {
  private static final String CACHE_COUNT = "vm.stats.vm.v_cache_count";

  private final long pageSize;

  FreeBsdMemory(long pageSize) {
    this.pageSize = pageSize;
  }

  private static long number(String name) {
    return SysctlNumber.unsigned(Sysctls.byName(name, 8), name);
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
            Sysctls.exists(CACHE_COUNT) ? number(CACHE_COUNT) : 0,
            number("vfs.bufspace"));
    return stats.virtualMemory(
        VmTotal.decode(Sysctls.byName("vm.vmtotal", VmTotal.SIZE)), pageSize);
  }

  @Override
  public SwapMemory swapMemory() {
    List<Xswdev> devices = new ArrayList<>();
    for (ByteBuffer b : Sysctls.swapDevices(Xswdev.SIZE)) {
      devices.add(Xswdev.decode(b));
    }
    return Xswdev.swapMemory(
        devices,
        number("vm.dmmax"),
        pageSize,
        number("vm.stats.vm.v_swappgsin"),
        number("vm.stats.vm.v_swappgsout"));
  }
}
