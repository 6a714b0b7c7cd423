package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.UINT64;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;

/**
 * {@code MEMORY_WORKING_SET_INFORMATION} from {@code NtQueryVirtualMemory(
 * MemoryWorkingSetInformation)}, laid out as psapi.h's {@code PSAPI_WORKING_SET_INFORMATION} (what
 * {@code QueryWorkingSet} returns): a count, then one {@code PSAPI_WORKING_SET_BLOCK} per page of
 * the working set. psutil's {@code proc_memory_uss} counts the process's own pages in it.
 */
public final class WorkingSet {
  private WorkingSet() {}

  public static final CStruct LAYOUT =
      CStruct.declare("PSAPI_WORKING_SET_INFORMATION", 16, X64, "windows.h", "psapi.h");

  public static final CField NUMBER_OF_ENTRIES = LAYOUT.field("NumberOfEntries", 0, UINT64);
  public static final CField FIRST_BLOCK =
      LAYOUT.fieldAsHeaderHasIt(
          "WorkingSetInfo",
          8,
          UINT64,
          8,
          "WorkingSetInfo[0].Flags",
          "PSAPI_WORKING_SET_BLOCK is a union of ULONG_PTR Flags and its bit fields");

  /**
   * PSAPI_WORKING_SET_BLOCK bit fields from bit 0 (psapi.h): Protection 5 bits, ShareCount 3,
   * Shared 1, Reserved 3, VirtualPage 52.
   */
  private static final int SHARE_COUNT_SHIFT = 5;

  private static final long SHARE_COUNT_MASK = 0b111;
  private static final long SHARED_BIT = 1L << 8;

  /**
   * psutil's USS page count: pages not shared, or shareable but used by this process only ({@code
   * !Shared || ShareCount <= 1}), as Mozilla's memory reporter counts them.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if the buffer is shorter than its count
   *     says
   */
  public static long privatePages(ByteBuffer buf) {
    if (buf.limit() < NUMBER_OF_ENTRIES.width()) {
      throw LAYOUT.malformed("buffer of " + buf.limit() + " bytes has no NumberOfEntries");
    }
    long entries = NUMBER_OF_ENTRIES.u64(buf, 0);
    long room = (buf.limit() - FIRST_BLOCK.offset()) / FIRST_BLOCK.width();
    if (entries < 0 || entries > room) {
      throw NUMBER_OF_ENTRIES.malformed(
          "is " + Long.toUnsignedString(entries) + " but " + buf.limit() + " bytes hold " + room);
    }
    long own = 0;
    for (int i = 0; i < entries; i++) {
      long block = buf.getLong(FIRST_BLOCK.offset() + i * FIRST_BLOCK.width());
      long shareCount = (block >>> SHARE_COUNT_SHIFT) & SHARE_COUNT_MASK;
      if ((block & SHARED_BIT) == 0 || shareCount <= 1) {
        own++;
      }
    }
    return own;
  }
}
