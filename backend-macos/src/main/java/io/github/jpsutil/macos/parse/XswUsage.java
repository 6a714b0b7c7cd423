package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.UsagePercent;
import java.nio.ByteBuffer;

/**
 * {@code struct xsw_usage} from {@code sysctl vm.swapusage} (xnu {@code bsd/sys/sysctl.h}): total,
 * available (free) and used swap, in bytes.
 */
public record XswUsage(long total, long available, long used) {

  public static final CStruct LAYOUT =
      CStruct.declare("struct xsw_usage", 32, KinfoProc.MACOS, "sys/types.h", "sys/sysctl.h");

  public static final CField XSU_TOTAL = LAYOUT.field("xsu_total", 0, CType.UINT64);
  public static final CField XSU_AVAIL = LAYOUT.field("xsu_avail", 8, CType.UINT64);
  public static final CField XSU_USED = LAYOUT.field("xsu_used", 16, CType.UINT64);

  public XswUsage {
    if (used > total) {
      throw new MalformedDataException("xsu_used " + used + " > xsu_total " + total);
    }
  }

  /** Decodes the struct at the start of {@code buf}. */
  public static XswUsage decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    return new XswUsage(XSU_TOTAL.u64(buf), XSU_AVAIL.u64(buf), XSU_USED.u64(buf));
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
