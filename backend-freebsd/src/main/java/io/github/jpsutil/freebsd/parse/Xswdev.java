package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.UsagePercent;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code struct xswdev} from {@code vm.swap_info.<n>}, one per swap device (FreeBSD 12+ {@code
 * sys/vm/vm_param.h}, {@code XSWDEV_VERSION} 2, 64-bit {@code dev_t}). Sizes are in pages.
 *
 * @param blocks {@code xsw_nblks}
 * @param used {@code xsw_used}
 */
public record Xswdev(long blocks, long used) {
  public static final CStruct LAYOUT =
      CStruct.declare("struct xswdev", 32, Timeval.AMD64, "vm/vm_param.h");
  public static final CField XSW_VERSION = LAYOUT.field("xsw_version", 0, CType.UINT32);
  public static final CField XSW_NBLKS = LAYOUT.field("xsw_nblks", 20, CType.INT32);
  public static final CField XSW_USED = LAYOUT.field("xsw_used", 24, CType.INT32);

  /** Decodes one device; another size or {@code xsw_version} is refused, as libkvm does. */
  public static Xswdev decode(ByteBuffer buf) {
    if (buf.limit() != LAYOUT.size()) {
      throw LAYOUT.malformed("must be 32 bytes, got " + buf.limit());
    }
    long version = XSW_VERSION.u32(buf);
    if (version != 2) {
      throw XSW_VERSION.malformed("is " + version + ", expected 2");
    }
    int blocks = XSW_NBLKS.i32(buf);
    int used = XSW_USED.i32(buf);
    if (blocks < 0 || used < 0 || used > blocks) {
      throw LAYOUT.malformed("xsw_used " + used + " and xsw_nblks " + blocks + " are inconsistent");
    }
    return new Xswdev(blocks, used);
  }

  /**
   * psutil's {@code swap_memory()} totals, computed as {@code kvm_getswapinfo(3)} does (libkvm
   * {@code kvm_getswapinfo_sysctl}): total = Σ(nblks − {@code vm.dmmax}), used = Σ used, free =
   * total − used, all × page size. libkvm's total leaves out {@code dmmax} pages per device that
   * the pager can still fill on a nearly full device; used is capped at total there, so free is
   * never negative (psutil would report a negative free), and a device smaller than {@code dmmax}
   * adds nothing.
   *
   * <p>Deviation: psutil reports {@code sin} = {@code v_swapin + v_swapout} and {@code sout} =
   * {@code v_vnodein + v_vnodeout}, counts of pager operations, not bytes. This reports what the
   * fields mean: {@code v_swappgsin} and {@code v_swappgsout} (pages swapped in and out) × page
   * size.
   *
   * @param devices every {@code vm.swap_info.<n>}
   * @param dmmax {@code vm.dmmax}, pages per device not counted (the swap block reserve)
   * @param swappedIn {@code vm.stats.vm.v_swappgsin}
   * @param swappedOut {@code vm.stats.vm.v_swappgsout}
   */
  public static SwapMemory swapMemory(
      List<Xswdev> devices, long dmmax, long pageSize, long swappedIn, long swappedOut) {
    long totalPages = devices.stream().mapToLong(d -> Math.max(0, d.blocks() - dmmax)).sum();
    long usedPages = devices.stream().mapToLong(Xswdev::used).sum();
    long total = Math.multiplyExact(totalPages, pageSize);
    long used = Math.min(Math.multiplyExact(usedPages, pageSize), total);
    return new SwapMemory(
        total,
        used,
        total - used,
        UsagePercent.of(used, total),
        Math.multiplyExact(swappedIn, pageSize),
        Math.multiplyExact(swappedOut, pageSize));
  }
}
