package io.github.jpsutil.windows;

import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.windows.acquire.HeapCalls;
import io.github.jpsutil.windows.acquire.Reply;
import io.github.jpsutil.windows.acquire.SystemInformationClass;
import io.github.jpsutil.windows.acquire.WindowsCalls;
import io.github.jpsutil.windows.parse.HeapSummary;
import io.github.jpsutil.windows.parse.PageFileInformation;
import io.github.jpsutil.windows.parse.PerformanceInformation;
import java.nio.ByteBuffer;

/** Memory from GetPerformanceInfo and SystemPageFileInformation, with psutil's formulas. */
record WindowsMemory(WindowsCalls calls, HeapCalls heaps) implements MemorySource {

  @Override
  public VirtualMemory virtualMemory() {
    return PerformanceInformation.decode(calls.performanceInfo().bytes()).virtualMemory();
  }

  @Override
  public SwapMemory swapMemory() {
    PerformanceInformation info = PerformanceInformation.decode(calls.performanceInfo().bytes());
    int size = 4 * PageFileInformation.LAYOUT.size();
    ByteBuffer pageFiles = calls.query(SystemInformationClass.PAGE_FILE, size).bytes();
    return info.swapMemory(PageFileInformation.usagePercent(pageFiles));
  }

  /**
   * psutil's {@code heap_info()}: the heap list first, so every heap the walks meet is known when
   * the regions are told apart from the heaps' own.
   */
  @Override
  public HeapInfo heapInfo() {
    Reply list = heaps.heaps();
    return HeapSummary.decode(
        list.bytes(), heaps.processHeapEntries().bytes(), heaps.memoryRegions().bytes());
  }

  /** psutil's {@code heap_trim()}: {@code HeapCompact} of the process heap. */
  @Override
  public void heapTrim() {
    heaps.compact();
  }
}
