package io.github.jpsutil.macos;

import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.macos.acquire.HostStatistics;
import io.github.jpsutil.macos.acquire.Sysctls;
import io.github.jpsutil.macos.parse.VmStatistics64;
import io.github.jpsutil.macos.parse.XswUsage;
import io.github.jpsutil.spi.MemorySource;

/** Memory from {@code hw.memsize}, {@code vm_statistics64} and {@code vm.swapusage}. */
final class MacMemory implements MemorySource {
  private final long pageSize;

  MacMemory(long pageSize) {
    this.pageSize = pageSize;
  }

  @Override
  public VirtualMemory virtualMemory() {
    return VmStatistics64.decode(HostStatistics.vmStatistics64())
        .virtualMemory(Sysctls.uint64("hw.memsize"), pageSize);
  }

  @Override
  public SwapMemory swapMemory() {
    XswUsage usage = XswUsage.decode(Sysctls.byName("vm.swapusage", XswUsage.SIZE));
    return usage.swapMemory(VmStatistics64.decode(HostStatistics.vmStatistics64()), pageSize);
  }
}
