package io.github.jpsutil.windows.parse;

import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * The chain of {@code SYSTEM_PAGEFILE_INFORMATION} from {@code
 * NtQuerySystemInformation(SystemPageFileInformation = 18)}, one per page file. Not in Microsoft's
 * {@code winternl.h}; layout from phnt {@code ntexapi.h} (x64 size 32): {@code ULONG
 * NextEntryOffset} @0, {@code ULONG TotalSize} @4 (pages), {@code ULONG TotalInUse} @8 (pages),
 * {@code ULONG PeakUsage} @12, {@code UNICODE_STRING PageFileName} @16.
 *
 * <p>psutil reads the PDH counter {@code \Paging File(_Total)\% Usage}, which Windows computes from
 * these same per-file totals; reading them directly avoids PDH's query machinery (deviation in
 * source, not in value). An empty buffer means no page file: PDH then fails and psutil uses 0.
 */
public final class PageFileInformation {
  private PageFileInformation() {}

  /** {@code sizeof(SYSTEM_PAGEFILE_INFORMATION)} on 64-bit Windows. */
  public static final int SIZE = 32;

  static final int NEXT_ENTRY_OFFSET = 0;
  static final int TOTAL_SIZE = 4;
  static final int TOTAL_IN_USE = 8;

  /**
   * Pages in use over pages available, summed over every page file, as a percentage (not rounded);
   * 0 when there is no page file.
   *
   * @throws IllegalArgumentException if an entry is truncated, a link does not move forward, or a
   *     file claims more pages in use than it has
   */
  public static double usagePercent(ByteBuffer buf) {
    if (buf.limit() == 0) {
      return 0.0;
    }
    long size = 0;
    long inUse = 0;
    int offset = 0;
    while (true) {
      FixedLayout.require(buf, offset, SIZE, "SYSTEM_PAGEFILE_INFORMATION");
      long fileSize = FixedLayout.u32(buf, offset + TOTAL_SIZE);
      long fileInUse = FixedLayout.u32(buf, offset + TOTAL_IN_USE);
      if (fileInUse > fileSize) {
        throw new IllegalArgumentException(
            "page file at offset "
                + offset
                + ": TotalInUse "
                + fileInUse
                + " > TotalSize "
                + fileSize);
      }
      size += fileSize;
      inUse += fileInUse;
      long next = FixedLayout.u32(buf, offset + NEXT_ENTRY_OFFSET);
      if (next == 0) {
        break;
      }
      if (next < SIZE) {
        throw new IllegalArgumentException(
            "SYSTEM_PAGEFILE_INFORMATION.NextEntryOffset " + next + " overlaps the entry");
      }
      offset = Math.toIntExact(offset + next);
    }
    return size == 0 ? 0.0 : (double) inUse / size * 100;
  }
}
