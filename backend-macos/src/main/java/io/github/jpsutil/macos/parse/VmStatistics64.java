package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * {@code struct vm_statistics64} from {@code host_statistics64(HOST_VM_INFO64)} (xnu {@code
 * osfmk/mach/vm_statistics.h}, {@code __attribute__((aligned(8)))}; counts in pages). Offsets:
 * {@code natural_t free_count} @0, {@code active_count} @4, {@code inactive_count} @8, {@code
 * wire_count} @12, {@code uint64_t zero_fill_count} @16, {@code reactivations} @24, {@code
 * pageins} @32, {@code pageouts} @40, {@code faults} @48, {@code cow_faults} @56, {@code
 * lookups} @64, {@code hits} @72, {@code purges} @80, {@code natural_t purgeable_count} @88, {@code
 * speculative_count} @92, {@code uint64_t decompressions} @96, {@code compressions} @104, {@code
 * swapins} @112, {@code swapouts} @120, {@code natural_t compressor_page_count} @128, {@code
 * throttled_count} @132, {@code external_page_count} @136, {@code internal_page_count} @140, {@code
 * uint64_t total_uncompressed_pages_in_compressor} @144; 152 bytes ({@code HOST_VM_INFO64_COUNT} =
 * 38 integers).
 *
 * @param free pages free, speculative ones included
 * @param active pages active
 * @param inactive pages inactive
 * @param wired pages wired down
 * @param pageins pages paged in since boot
 * @param pageouts pages paged out since boot
 * @param speculative free pages holding data read ahead
 */
public record VmStatistics64(
    long free,
    long active,
    long inactive,
    long wired,
    long pageins,
    long pageouts,
    long speculative) {

  /** {@code sizeof(struct vm_statistics64)}. */
  public static final int SIZE = 152;

  static final int FREE_COUNT = 0;
  static final int ACTIVE_COUNT = 4;
  static final int INACTIVE_COUNT = 8;
  static final int WIRE_COUNT = 12;
  static final int PAGEINS = 32;
  static final int PAGEOUTS = 40;
  static final int SPECULATIVE_COUNT = 92;

  public VmStatistics64 {
    if (speculative > free) {
      throw new IllegalArgumentException(
          "speculative_count " + speculative + " > free_count " + free + " (free includes it)");
    }
  }

  /** Decodes the struct at the start of {@code buf}. */
  public static VmStatistics64 decode(ByteBuffer buf) {
    FixedLayout.require(buf, 0, SIZE, "vm_statistics64");
    return new VmStatistics64(
        FixedLayout.u32(buf, FREE_COUNT),
        FixedLayout.u32(buf, ACTIVE_COUNT),
        FixedLayout.u32(buf, INACTIVE_COUNT),
        FixedLayout.u32(buf, WIRE_COUNT),
        FixedLayout.u64(buf, PAGEINS, "pageins"),
        FixedLayout.u64(buf, PAGEOUTS, "pageouts"),
        FixedLayout.u32(buf, SPECULATIVE_COUNT));
  }

  /**
   * psutil {@code arch/osx/mem.c} (Zabbix's formulas, psutil issue 1277): available = inactive +
   * free, used = active + wired, free = free − speculative (to match the {@code free} CLI), percent
   * = (total − available) / total.
   *
   * @param total {@code hw.memsize}, bytes
   * @param pageSize bytes per page
   */
  public VirtualMemory.MacOs virtualMemory(long total, long pageSize) {
    if (total <= 0 || pageSize <= 0) {
      throw new IllegalArgumentException(
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
