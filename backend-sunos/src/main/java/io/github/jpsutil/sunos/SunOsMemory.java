package io.github.jpsutil.sunos;

import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.spi.MemorySource;

/** Not built yet: every method throws UnsupportedOperationException. */
final class SunOsMemory implements MemorySource {
  @Override
  public VirtualMemory virtualMemory() {
    throw NotBuilt.of("virtual_memory");
  }

  @Override
  public SwapMemory swapMemory() {
    throw NotBuilt.of("swap_memory");
  }

  @Override
  public HeapInfo heapInfo() {
    throw new UnsupportedOperationException("heap_info is not available on SunOS");
  }

  @Override
  public void heapTrim() {
    throw new UnsupportedOperationException("heap_trim is not available on SunOS");
  }
}
