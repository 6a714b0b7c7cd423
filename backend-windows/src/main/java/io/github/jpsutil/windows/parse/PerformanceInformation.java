package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.UINT64;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.UsagePercent;
import java.nio.ByteBuffer;

/**
 * {@code PERFORMANCE_INFORMATION} from {@code GetPerformanceInfo} (Microsoft docs, psapi.h): every
 * count is in pages of {@code pageSize} bytes.
 *
 * @param commit {@code CommitLimit}
 * @param physTotal {@code PhysicalTotal}
 * @param physAvailable {@code PhysicalAvailable}
 * @param cache {@code SystemCache}
 * @param nonpaged {@code KernelNonpaged}
 * @param pageSize {@code PageSize}, bytes
 */
public record PerformanceInformation(
    long commit, long physTotal, long physAvailable, long cache, long nonpaged, long pageSize) {

  public static final CStruct LAYOUT =
      CStruct.declare("PERFORMANCE_INFORMATION", 104, X64, "windows.h", "psapi.h");

  public static final CField COMMIT_LIMIT = LAYOUT.field("CommitLimit", 16, UINT64);
  public static final CField PHYSICAL_TOTAL = LAYOUT.field("PhysicalTotal", 32, UINT64);
  public static final CField PHYSICAL_AVAILABLE = LAYOUT.field("PhysicalAvailable", 40, UINT64);
  public static final CField SYSTEM_CACHE = LAYOUT.field("SystemCache", 48, UINT64);
  public static final CField KERNEL_NONPAGED = LAYOUT.field("KernelNonpaged", 72, UINT64);
  public static final CField PAGE_SIZE = LAYOUT.field("PageSize", 80, UINT64);

  public PerformanceInformation {
    if (pageSize <= 0) {
      throw new MalformedDataException("PERFORMANCE_INFORMATION.PageSize must be > 0");
    }
    if (physAvailable > physTotal) {
      throw new MalformedDataException(
          "PhysicalAvailable " + physAvailable + " > PhysicalTotal " + physTotal);
    }
  }

  /** Decodes the struct at the start of {@code buf}. */
  public static PerformanceInformation decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    return new PerformanceInformation(
        COMMIT_LIMIT.u64(buf),
        PHYSICAL_TOTAL.u64(buf),
        PHYSICAL_AVAILABLE.u64(buf),
        SYSTEM_CACHE.u64(buf),
        KERNEL_NONPAGED.u64(buf),
        PAGE_SIZE.u64(buf));
  }

  /**
   * psutil {@code _pswindows.virtual_memory()}: total = PhysicalTotal, available = free =
   * PhysicalAvailable, used = total − available, cached = SystemCache, wired = KernelNonpaged, all
   * times the page size.
   */
  public VirtualMemory.Windows virtualMemory() {
    long total = bytes(physTotal, "PhysicalTotal");
    long available = bytes(physAvailable, "PhysicalAvailable");
    return new VirtualMemory.Windows(
        total,
        available,
        UsagePercent.of(total - available, total),
        total - available,
        available,
        bytes(cache, "SystemCache"),
        bytes(nonpaged, "KernelNonpaged"));
  }

  /**
   * psutil {@code _pswindows.swap_memory()}: total = (CommitLimit − PhysicalTotal) × page size, the
   * committable memory beyond RAM; used = {@code int(0.01 × percent × total)} with {@code percent}
   * the page files' usage; sin and sout are always 0.
   *
   * <p>Deviation: without page files CommitLimit can be slightly below PhysicalTotal, which psutil
   * turns into a negative total; there is no swap then, so this returns zeros.
   *
   * @param pagingFilePercent percent of the page files in use (see {@link PageFileInformation})
   */
  public SwapMemory swapMemory(double pagingFilePercent) {
    if (!(pagingFilePercent >= 0 && pagingFilePercent <= 100)) {
      throw new MalformedDataException(
          "pagingFilePercent must be within 0..100, got " + pagingFilePercent);
    }
    long total = bytes(commit, "CommitLimit") - bytes(physTotal, "PhysicalTotal");
    if (total <= 0) {
      return new SwapMemory(0, 0, 0, 0.0, 0, 0);
    }
    long used = (long) (0.01 * pagingFilePercent * total);
    return new SwapMemory(
        total, used, total - used, UsagePercent.roundOne(pagingFilePercent), 0, 0);
  }

  private long bytes(long pages, String field) {
    try {
      return Math.multiplyExact(pages, pageSize);
    } catch (ArithmeticException e) {
      throw new MalformedDataException(
          field + " " + pages + " pages × " + pageSize + " bytes overflows a long", e);
    }
  }
}
