package io.github.jpsutil.linux;

import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.MemorySource;

/** Not implemented yet: every method throws UnsupportedOperationException. */
final class LinuxMemory implements MemorySource {
  LinuxMemory(LinuxFiles files) {}

  @Override
  public VirtualMemory virtualMemory() {
    throw new UnsupportedOperationException("virtualMemory: not implemented yet");
  }

  @Override
  public SwapMemory swapMemory() {
    throw new UnsupportedOperationException("swapMemory: not implemented yet");
  }

  @Override
  public HeapInfo heapInfo() {
    throw new UnsupportedOperationException("heapInfo: not implemented yet");
  }

  @Override
  public void heapTrim() {
    throw new UnsupportedOperationException("heapTrim: not implemented yet");
  }
}
