package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * {@code struct xsw_usage} from {@code sysctl vm.swapusage} (xnu {@code bsd/sys/sysctl.h}): {@code
 * u_int64_t xsu_total} @0, {@code xsu_avail} @8, {@code xsu_used} @16, {@code u_int32_t
 * xsu_pagesize} @24, {@code boolean_t xsu_encrypted} @28; 32 bytes. Sizes in bytes.
 *
 * @param total bytes of swap
 * @param available bytes free
 * @param used bytes in use
 */
public record XswUsage(long total, long available, long used) {

  /** {@code sizeof(struct xsw_usage)}. */
  public static final int SIZE = 32;

  public XswUsage {
    if (used > total) {
      throw new IllegalArgumentException("xsu_used " + used + " > xsu_total " + total);
    }
  }

  /** Decodes the struct at the start of {@code buf}. */
  public static XswUsage decode(ByteBuffer buf) {
    FixedLayout.require(buf, 0, SIZE, "xsw_usage");
    return new XswUsage(
        FixedLayout.u64(buf, 0, "xsu_total"),
        FixedLayout.u64(buf, 8, "xsu_avail"),
        FixedLayout.u64(buf, 16, "xsu_used"));
  }

  /**
   * psutil {@code swap_memory()} on macOS: total, used and free ({@code xsu_avail}) as they are,
   * percent = used / total, sin/sout = {@code vm_statistics64} pageins/pageouts × page size.
   */
  public SwapMemory swapMemory(VmStatistics64 vm, long pageSize) {
    return new SwapMemory(
        total,
        used,
        available,
        UsagePercent.of(used, total),
        Math.multiplyExact(vm.pageins(), pageSize),
        Math.multiplyExact(vm.pageouts(), pageSize));
  }
}
