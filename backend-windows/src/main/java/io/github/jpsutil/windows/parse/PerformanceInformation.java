package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * {@code PERFORMANCE_INFORMATION} from {@code GetPerformanceInfo} (Microsoft docs, psapi.h; every
 * count is in pages of {@code PageSize} bytes). Layout on 64-bit Windows ({@code SIZE_T} is 8
 * bytes): {@code DWORD cb} @0, {@code CommitTotal} @8, {@code CommitLimit} @16, {@code
 * CommitPeak} @24, {@code PhysicalTotal} @32, {@code PhysicalAvailable} @40, {@code
 * SystemCache} @48, {@code KernelTotal} @56, {@code KernelPaged} @64, {@code KernelNonpaged} @72,
 * {@code PageSize} @80, {@code DWORD HandleCount} @88, {@code ProcessCount} @92, {@code
 * ThreadCount} @96; 104 bytes.
 *
 * @param commitLimit pages that can be committed (RAM plus page files)
 * @param physicalTotal pages of RAM
 * @param physicalAvailable pages of RAM available to processes
 * @param systemCache pages of the system cache
 * @param kernelNonpaged pages of the non-paged kernel pool
 * @param pageSize bytes per page
 */
public record PerformanceInformation(
    long commitLimit,
    long physicalTotal,
    long physicalAvailable,
    long systemCache,
    long kernelNonpaged,
    long pageSize) {

  /** {@code sizeof(PERFORMANCE_INFORMATION)} on 64-bit Windows. */
  public static final int SIZE = 104;

  static final int COMMIT_LIMIT = 16;
  static final int PHYSICAL_TOTAL = 32;
  static final int PHYSICAL_AVAILABLE = 40;
  static final int SYSTEM_CACHE = 48;
  static final int KERNEL_NONPAGED = 72;
  static final int PAGE_SIZE = 80;

  public PerformanceInformation {
    if (pageSize <= 0) {
      throw new IllegalArgumentException("PERFORMANCE_INFORMATION.PageSize must be > 0");
    }
    if (physicalAvailable > physicalTotal) {
      throw new IllegalArgumentException(
          "PhysicalAvailable " + physicalAvailable + " > PhysicalTotal " + physicalTotal);
    }
  }

  /** Decodes the struct at the start of {@code buf}. */
  public static PerformanceInformation decode(ByteBuffer buf) {
    FixedLayout.require(buf, 0, SIZE, "PERFORMANCE_INFORMATION");
    return new PerformanceInformation(
        FixedLayout.u64(buf, COMMIT_LIMIT, "CommitLimit"),
        FixedLayout.u64(buf, PHYSICAL_TOTAL, "PhysicalTotal"),
        FixedLayout.u64(buf, PHYSICAL_AVAILABLE, "PhysicalAvailable"),
        FixedLayout.u64(buf, SYSTEM_CACHE, "SystemCache"),
        FixedLayout.u64(buf, KERNEL_NONPAGED, "KernelNonpaged"),
        FixedLayout.u64(buf, PAGE_SIZE, "PageSize"));
  }

  /**
   * psutil {@code _pswindows.virtual_memory()}: total = PhysicalTotal, available = free =
   * PhysicalAvailable, used = total − available, cached = SystemCache, wired = KernelNonpaged, all
   * times the page size.
   */
  public VirtualMemory.Windows virtualMemory() {
    long total = bytes(physicalTotal, "PhysicalTotal");
    long available = bytes(physicalAvailable, "PhysicalAvailable");
    return new VirtualMemory.Windows(
        total,
        available,
        UsagePercent.of(total - available, total),
        total - available,
        available,
        bytes(systemCache, "SystemCache"),
        bytes(kernelNonpaged, "KernelNonpaged"));
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
      throw new IllegalArgumentException(
          "pagingFilePercent must be within 0..100, got " + pagingFilePercent);
    }
    long total = bytes(commitLimit, "CommitLimit") - bytes(physicalTotal, "PhysicalTotal");
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
      throw new IllegalArgumentException(
          field + " " + pages + " pages × " + pageSize + " bytes overflows a long", e);
    }
  }
}
