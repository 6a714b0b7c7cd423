package io.github.jpsutil.windows.acquire;

/**
 * The calls of psutil's Windows {@code heap_info()} and {@code heap_trim()} (arch/windows/heap.c)
 * over a {@link WindowsApi}: the heap list grown as asked, failures named with their error.
 */
public record HeapCalls(WindowsApi api) {
  /** {@code GetProcessHeaps}, from room for 16 handles, grown to the count it reports. */
  public Reply heaps() {
    String call = "GetProcessHeaps";
    return WindowsCalls.checked(
        call,
        WindowsCalls.grown(
            call, 16, api::processHeaps, s -> s == WindowsCalls.ERROR_INSUFFICIENT_BUFFER));
  }

  /** {@code HeapWalk} of the process heap: every entry. */
  public Reply processHeapEntries() {
    return WindowsCalls.checked("HeapWalk", api.processHeapEntries());
  }

  /** The {@code VirtualQuery} walk: every region of the address space. */
  public Reply memoryRegions() {
    return WindowsCalls.checked("VirtualQuery", api.memoryRegions());
  }

  /** {@code HeapCompact(GetProcessHeap(), 0)}, psutil's {@code heap_trim()}. */
  public void compact() {
    Outcome o = api.compactProcessHeap();
    if (o.error() != 0) {
      throw WindowsCalls.win32Failure("HeapCompact", o.error());
    }
  }
}
