package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.UsagePercent;
import java.nio.ByteBuffer;

/**
 * {@code struct vm_statistics64} from {@code host_statistics64(HOST_VM_INFO64)} (xnu {@code
 * osfmk/mach/vm_statistics.h}, {@code __attribute__((aligned(8)))}). Counts in pages; {@code free}
 * includes the {@code speculative} pages (free pages holding data read ahead).
 */
public record VmStatistics64(
    long free,
    long active,
    long inactive,
    long wired,
    long pageins,
    long pageouts,
    long speculative) {

  public static final CStruct LAYOUT =
      CStruct.declare("struct vm_statistics64", 152, KinfoProc.MACOS, "mach/mach.h");

  public static final CField FREE_COUNT = LAYOUT.field("free_count", 0, CType.UINT32);
  public static final CField ACTIVE_COUNT = LAYOUT.field("active_count", 4, CType.UINT32);
  public static final CField INACTIVE_COUNT = LAYOUT.field("inactive_count", 8, CType.UINT32);
  public static final CField WIRE_COUNT = LAYOUT.field("wire_count", 12, CType.UINT32);
  public static final CField PAGEINS = LAYOUT.field("pageins", 32, CType.UINT64);
  public static final CField PAGEOUTS = LAYOUT.field("pageouts", 40, CType.UINT64);
  public static final CField SPECULATIVE_COUNT =
      LAYOUT.field("speculative_count", 92, CType.UINT32);

  public VmStatistics64 {
    if (speculative > free) {
      throw new MalformedDataException(
          "speculative_count " + speculative + " > free_count " + free + " (free includes it)");
    }
  }

  /** Decodes the struct at the start of {@code buf}. */
  public static VmStatistics64 decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    return new VmStatistics64(
        FREE_COUNT.u32(buf),
        ACTIVE_COUNT.u32(buf),
        INACTIVE_COUNT.u32(buf),
        WIRE_COUNT.u32(buf),
        PAGEINS.u64(buf),
        PAGEOUTS.u64(buf),
        SPECULATIVE_COUNT.u32(buf));
  }

  /**
   * psutil {@code arch/osx/mem.c} (Zabbix's formulas, psutil gh-1277): available = inactive + free,
   * used = active + wired, free = free − speculative (to match the {@code free} CLI), percent =
   * (total − available) / total.
   *
   * @param total {@code hw.memsize}, bytes
   * @param pageSize bytes per page
   */
  public VirtualMemory.MacOs virtualMemory(long total, long pageSize) {
    if (total <= 0 || pageSize <= 0) {
      throw new MalformedDataException(
          "total and pageSize must be > 0, got " + total + " and " + pageSize);
    }
    long activeB = active * pageSize;
    long inactiveB = inactive * pageSize;
    long wiredB = wired * pageSize;
    long freeB = free * pageSize;
    long available = inactiveB + freeB;
    return new VirtualMemory.MacOs(
        total,
        available,
        UsagePercent.of(total - available, total),
        activeB + wiredB,
        freeB - speculative * pageSize,
        activeB,
        inactiveB,
        wiredB);
  }
}
