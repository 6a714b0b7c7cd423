package io.github.jpsutil.windows.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.windows.parse.HeapSummary;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * heap_info() decoded from the probe's walks before and after allocations it made itself ({@code
 * heap.txt}): 1000 HeapAlloc blocks of 1000 bytes on the process heap, one 8 MiB VirtualAlloc, one
 * HeapCreate. The differences are compared with those amounts, so the decoder is checked against
 * what was done, not against a second reading of the same walk.
 */
class HeapCaptureTest {
  private static HeapInfo decode(CaptureDirectory capture, String when) {
    return HeapSummary.decode(
        capture.raw("heap-" + when + "-GetProcessHeaps.bin"),
        capture.raw("heap-" + when + "-HeapWalk.bin"),
        capture.raw("heap-" + when + "-VirtualQuery.bin"));
  }

  private static long fact(CaptureDirectory capture, String key) {
    return Long.parseLong(capture.keyValues("heap.txt").get(key));
  }

  /** heap_count grows by the one heap HeapCreate made (exact). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void heapCountGrowsByTheCreatedHeap(CaptureDirectory capture) {
    long before = decode(capture, "before").heapCount().orElseThrow();
    long after = decode(capture, "after").heapCount().orElseThrow();
    assertThat(after - before).isEqualTo(fact(capture, "HeapCreate"));
    assertThat(before).as("the process heap at least").isPositive();
  }

  /**
   * heap_used grows by the bytes the probe allocated, at least, and at most 16 bytes more per block
   * (the heap rounds a block's size up to its 16-byte granularity; HeapWalk's cbData is the rounded
   * size).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void heapUsedGrowsByTheAllocatedBlocks(CaptureDirectory capture) {
    long blocks = fact(capture, "HeapAlloc.blocks");
    long asked = blocks * fact(capture, "HeapAlloc.bytes");
    long grown = decode(capture, "after").heapUsed() - decode(capture, "before").heapUsed();
    assertThat(grown).isBetween(asked, asked + 16 * blocks);
  }

  /**
   * mmap_used grows by the 8 MiB VirtualAlloc, at least, and at most 2 MiB more: the process heap
   * may commit a new segment for the 1 MB of blocks (a segment is a region of its own, not based at
   * the heap's handle, so psutil's rule counts it).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void mmapUsedGrowsByTheVirtualAlloc(CaptureDirectory capture) {
    long virtual = fact(capture, "VirtualAlloc.bytes");
    long grown = decode(capture, "after").mmapUsed() - decode(capture, "before").mmapUsed();
    assertThat(grown).isBetween(virtual, virtual + (2 << 20));
  }

  /** The process heap (heap.txt's GetProcessHeap) is among the handles GetProcessHeaps listed. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void processHeapIsListed(CaptureDirectory capture) {
    Map<String, String> heap = capture.keyValues("heap.txt");
    long processHeap = Long.parseUnsignedLong(heap.get("GetProcessHeap").substring(2), 16);
    var handles = capture.raw("heap-before-GetProcessHeaps.bin");
    boolean found = false;
    for (int off = 0; off < handles.limit(); off += HeapSummary.HANDLE_SIZE) {
      found |= handles.getLong(off) == processHeap;
    }
    assertThat(found).isTrue();
  }
}
