package io.github.jpsutil.api;

import java.util.OptionalLong;

/**
 * The native C allocator of this JVM process (psutil's {@code pheap}); on Linux glibc's {@code
 * mallinfo2()}.
 *
 * @param heapUsed bytes in use from the main heap ({@code uordblks})
 * @param mmapUsed bytes in use from mmap'ed blocks ({@code hblkhd}); 0 on macOS
 * @param heapCount number of private heaps; Windows only
 */
public record HeapInfo(long heapUsed, long mmapUsed, OptionalLong heapCount) {
  /**
   * Checks the components.
   *
   * @param heapUsed bytes in use from the main heap ({@code uordblks})
   * @param mmapUsed bytes in use from mmap'ed blocks ({@code hblkhd}); 0 on macOS
   * @param heapCount number of private heaps; Windows only
   * @throws NullPointerException if a component is null; the message names it
   * @throws IllegalArgumentException if {@code heapUsed} or {@code mmapUsed} is negative; the
   *     message names the component and its value
   */
  public HeapInfo {
    Check.nonNegative("heapUsed", heapUsed);
    Check.nonNegative("mmapUsed", mmapUsed);
    Check.notNull("heapCount", heapCount);
  }
}
