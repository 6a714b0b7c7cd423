package io.github.jpsutil.windows.acquire;

import static io.github.jpsutil.windows.acquire.JnaReplies.bytes;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.jpsutil.windows.jna.Kernel32;
import java.io.ByteArrayOutputStream;

/** The heap and address-space walks of {@link JnaWindowsApi} (heapapi.h, memoryapi.h). */
interface JnaHeaps extends WindowsApi {
  /** Bytes of {@code PROCESS_HEAP_ENTRY} and {@code MEMORY_BASIC_INFORMATION} on x64. */
  int ENTRY_SIZE = 40;

  int REGION_SIZE = 48;
  int ERROR_INSUFFICIENT_BUFFER = 122;
  int ERROR_NO_MORE_ITEMS = 259;

  @Override
  default Reply processHeaps(int count) {
    Memory handles = new Memory(8L * Math.max(count, 1));
    int total = Kernel32.INSTANCE.GetProcessHeaps(count, handles);
    if (total == 0) {
      return bytes(Native.getLastError(), 0, new byte[0], 0);
    }
    if (total > count) {
      return bytes(ERROR_INSUFFICIENT_BUFFER, total, new byte[0], 0);
    }
    return bytes(0, total, handles.getByteArray(0, 8 * total), Pointer.nativeValue(handles));
  }

  @Override
  default Reply processHeapEntries() {
    Pointer heap = Kernel32.INSTANCE.GetProcessHeap();
    Memory entry = new Memory(ENTRY_SIZE);
    // lpData NULL starts the walk (HeapWalk, Microsoft docs).
    entry.clear();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!Kernel32.INSTANCE.HeapLock(heap)) {
      return bytes(Native.getLastError(), 0, new byte[0], 0);
    }
    int error;
    try {
      while (Kernel32.INSTANCE.HeapWalk(heap, entry)) {
        out.writeBytes(entry.getByteArray(0, ENTRY_SIZE));
      }
      error = Native.getLastError();
    } finally {
      Kernel32.INSTANCE.HeapUnlock(heap);
    }
    return error == ERROR_NO_MORE_ITEMS
        ? bytes(0, out.size(), out.toByteArray(), 0)
        : bytes(error, 0, new byte[0], 0);
  }

  @Override
  default Reply memoryRegions() {
    Memory region = new Memory(REGION_SIZE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long address = 0;
    while (Kernel32.INSTANCE.VirtualQuery(new Pointer(address), region, REGION_SIZE)
        == REGION_SIZE) {
      out.writeBytes(region.getByteArray(0, REGION_SIZE));
      long next = region.getLong(0) + region.getLong(24);
      if (Long.compareUnsigned(next, address) <= 0) {
        break;
      }
      address = next;
    }
    return bytes(0, out.size(), out.toByteArray(), 0);
  }

  @Override
  default Outcome compactProcessHeap() {
    Pointer heap = Kernel32.INSTANCE.GetProcessHeap();
    // HeapCompact returns 0 both for "no free block" and for a failure; only the error tells.
    Kernel32.INSTANCE.SetLastError(0);
    long largest = Kernel32.INSTANCE.HeapCompact(heap, 0);
    int error = largest == 0 ? Native.getLastError() : 0;
    return error == 0 ? Outcome.ok(largest) : Outcome.failed(error);
  }
}
