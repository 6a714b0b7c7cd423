package io.github.jpsutil.spi;

import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;

/** System memory and this process's native heap. */
public interface MemorySource {
  /** {@return physical memory usage, bytes (psutil's {@code virtual_memory()})} */
  default VirtualMemory virtualMemory() {
    throw Unsupported.of(this, "virtual_memory");
  }

  /** {@return swap usage, bytes (psutil's {@code swap_memory()})} */
  default SwapMemory swapMemory() {
    throw Unsupported.of(this, "swap_memory");
  }

  /** {@return this JVM's native C allocator} */
  default HeapInfo heapInfo() {
    throw Unsupported.of(this, "heap_info");
  }

  /** Asks the native allocator to return free memory to the OS. */
  default void heapTrim() {
    throw Unsupported.of(this, "heap_trim");
  }
}
