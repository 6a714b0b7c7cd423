package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.POINTER;
import static io.github.jpsutil.spi.CType.UINT16;
import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.spi.CType.UINT64;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * psutil's Windows {@code heap_info()} ({@code psutil_malloc_info}, arch/windows/heap.c) from three
 * walks: the heap handles of {@code GetProcessHeaps}, the {@code PROCESS_HEAP_ENTRY}s of {@code
 * HeapWalk} over the process heap, and the {@code MEMORY_BASIC_INFORMATION}s of a {@code
 * VirtualQuery} walk of the address space.
 *
 * <p>psutil sums the C runtime's used blocks with {@code _heapwalk}. The Universal CRT a JVM uses
 * allocates from the process heap ({@code GetProcessHeap}), so walking that heap with {@code
 * HeapWalk} counts the blocks {@code _heapwalk} reports as {@code _USEDENTRY}: the entries flagged
 * {@code PROCESS_HEAP_ENTRY_BUSY}.
 */
public final class HeapSummary {
  private HeapSummary() {}

  public static final CStruct ENTRY = CStruct.declare("PROCESS_HEAP_ENTRY", 40, X64, "windows.h");

  public static final CField CB_DATA = ENTRY.field("cbData", 8, UINT32);
  public static final CField FLAGS = ENTRY.field("wFlags", 14, UINT16);

  public static final CStruct REGION =
      CStruct.declare("MEMORY_BASIC_INFORMATION", 48, X64, "windows.h");

  public static final CField ALLOCATION_BASE = REGION.field("AllocationBase", 8, POINTER);
  public static final CField ALLOCATION_PROTECT = REGION.field("AllocationProtect", 16, UINT32);
  public static final CField REGION_SIZE = REGION.field("RegionSize", 24, UINT64);
  public static final CField STATE = REGION.field("State", 32, UINT32);
  public static final CField TYPE = REGION.field("Type", 40, UINT32);

  /** winbase.h / winnt.h constants psutil's walk tests. */
  static final int PROCESS_HEAP_ENTRY_BUSY = 0x0004;

  static final long MEM_COMMIT = 0x1000;
  static final long MEM_PRIVATE = 0x20000;
  static final long PAGE_READWRITE = 0x04;

  /** Bytes of one heap handle ({@code HANDLE}, a pointer). */
  public static final int HANDLE_SIZE = 8;

  /**
   * heap_used, mmap_used and heap_count.
   *
   * @param heaps the handles GetProcessHeaps wrote, 8 bytes each
   * @param entries the HeapWalk entries back to back
   * @param regions the VirtualQuery regions back to back, ascending
   * @throws io.github.jpsutil.api.MalformedDataException if a buffer is not a whole number of its
   *     structs, or there is no heap (every process has its default heap)
   */
  public static HeapInfo decode(ByteBuffer heaps, ByteBuffer entries, ByteBuffer regions) {
    whole(heaps, HANDLE_SIZE, "GetProcessHeaps handles");
    whole(entries, ENTRY.size(), "PROCESS_HEAP_ENTRY array");
    whole(regions, REGION.size(), "MEMORY_BASIC_INFORMATION array");
    int heapCount = heaps.limit() / HANDLE_SIZE;
    if (heapCount == 0) {
      throw ENTRY.malformed("GetProcessHeaps listed no heap");
    }
    Set<Long> heapBases = new HashSet<>();
    for (int i = 0; i < heapCount; i++) {
      heapBases.add(heaps.getLong(i * HANDLE_SIZE));
    }
    long used = 0;
    for (int off = 0; off < entries.limit(); off += ENTRY.size()) {
      if ((FLAGS.u16(entries, off) & PROCESS_HEAP_ENTRY_BUSY) != 0) {
        used += CB_DATA.u32(entries, off);
      }
    }
    return new HeapInfo(used, mmapUsed(regions, heapBases), OptionalLong.of(heapCount));
  }

  /**
   * Committed private read-write regions not allocated as a heap's first segment: psutil's stand-in
   * for glibc's {@code hblkhd} (memory VirtualAlloc'ed directly).
   */
  private static long mmapUsed(ByteBuffer regions, Set<Long> heapBases) {
    long mmap = 0;
    for (int off = 0; off < regions.limit(); off += REGION.size()) {
      boolean privateReadWrite =
          STATE.u32(regions, off) == MEM_COMMIT
              && TYPE.u32(regions, off) == MEM_PRIVATE
              && (ALLOCATION_PROTECT.u32(regions, off) & PAGE_READWRITE) != 0;
      if (privateReadWrite && !heapBases.contains(ALLOCATION_BASE.pointer(regions, off))) {
        long size = REGION_SIZE.u64(regions, off);
        if (size < 0) {
          throw REGION_SIZE.malformed("region of " + Long.toUnsignedString(size) + " bytes");
        }
        mmap += size;
      }
    }
    return mmap;
  }

  private static void whole(ByteBuffer buf, int size, String what) {
    if (buf.limit() % size != 0) {
      throw new MalformedDataException(
          what + ": " + buf.limit() + " bytes is not a multiple of " + size);
    }
  }
}
