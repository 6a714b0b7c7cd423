package io.github.jpsutil.spi;

import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;

/** System memory and this process's native heap. */
public interface MemorySource {
  VirtualMemory virtualMemory();

  SwapMemory swapMemory();

  /** This JVM's native C allocator. */
  HeapInfo heapInfo();

  /** Asks the native allocator to return free memory to the OS. */
  void heapTrim();
}
