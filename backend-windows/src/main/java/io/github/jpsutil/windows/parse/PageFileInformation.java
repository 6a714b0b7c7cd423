package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;

/**
 * The chain of {@code SYSTEM_PAGEFILE_INFORMATION} from {@code
 * NtQuerySystemInformation(SystemPageFileInformation = 18)}, one per page file (phnt {@code
 * ntexapi.h}; x64 size 32; sizes in pages).
 *
 * <p>psutil reads the PDH counter {@code \Paging File(_Total)\% Usage}, which Windows computes from
 * these same per-file totals; reading them directly avoids PDH's query machinery (deviation in
 * source, not in value). An empty buffer means no page file: PDH then fails and psutil uses 0.
 */
public final class PageFileInformation {
  private PageFileInformation() {}

  public static final CStruct LAYOUT =
      CStruct.declare("SYSTEM_PAGEFILE_INFORMATION", 32, X64, "windows.h", "winternl.h");

  public static final CField NEXT_ENTRY_OFFSET = LAYOUT.field("NextEntryOffset", 0, UINT32);
  public static final CField TOTAL_SIZE =
      LAYOUT.fieldAsHeaderHasIt("TotalSize", 4, UINT32, 4, "CurrentSize", "MinGW-w64's name");
  public static final CField TOTAL_IN_USE =
      LAYOUT.fieldAsHeaderHasIt("TotalInUse", 8, UINT32, 4, "TotalUsed", "MinGW-w64's name");

  /**
   * Pages in use over pages available, summed over every page file, as a percentage (not rounded);
   * 0 when there is no page file.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if an entry is truncated, a link does not
   *     move forward, or a file claims more pages in use than it has
   */
  public static double usagePercent(ByteBuffer buf) {
    long size = 0;
    long inUse = 0;
    int first = buf.limit() == 0 ? -1 : 0; // an empty buffer: no page file
    // EntryChain.next requires each whole entry before it leaves it.
    for (int off = first; off >= 0; off = EntryChain.next(buf, off, NEXT_ENTRY_OFFSET)) {
      long fileSize = TOTAL_SIZE.u32(buf, off);
      long fileInUse = TOTAL_IN_USE.u32(buf, off);
      if (fileInUse > fileSize) {
        throw LAYOUT.malformed(
            "at offset " + off + ": TotalInUse " + fileInUse + " > TotalSize " + fileSize);
      }
      size += fileSize;
      inUse += fileInUse;
    }
    return size == 0 ? 0.0 : (double) inUse / size * 100;
  }
}
