package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.spi.UsagePercent;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code struct xswdev} from {@code sysctl vm.swap_info.<n>}, one per swap device (FreeBSD 12+
 * {@code sys/vm/vm_param.h}, {@code XSWDEV_VERSION} 2): {@code u_int xsw_version} @0, {@code dev_t
 * xsw_dev} @8 (64-bit), {@code int xsw_flags} @16, {@code int xsw_nblks} @20, {@code int
 * xsw_used} @24; 32 bytes. Sizes are in pages.
 *
 * @param blocks {@code xsw_nblks}
 * @param used {@code xsw_used}
 */
public record Xswdev(long blocks, long used) {

  /** {@code sizeof(struct xswdev)} on amd64. */
  public static final int SIZE = 32;

  /** The layout this decoder reads. */
  public static final int VERSION = 2;

  static final int XSW_VERSION = 0;
  static final int XSW_NBLKS = 20;
  static final int XSW_USED = 24;

  /**
   * Decodes one device.
   *
   * @throws MalformedDataException on a wrong size or {@code xsw_version} (as libkvm refuses)
   */
  public static Xswdev decode(ByteBuffer buf) {
    if (buf.limit() != SIZE) {
      throw new MalformedDataException("xswdev must be " + SIZE + " bytes, got " + buf.limit());
    }
    int version = buf.getInt(XSW_VERSION);
    if (version != VERSION) {
      throw new MalformedDataException(
          "xswdev.xsw_version is " + version + ", expected " + VERSION);
    }
    int blocks = buf.getInt(XSW_NBLKS);
    int used = buf.getInt(XSW_USED);
    if (blocks < 0 || used < 0 || used > blocks) {
      throw new MalformedDataException(
          "xswdev: xsw_used " + used + " and xsw_nblks " + blocks + " are inconsistent");
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
    long totalPages = 0;
    long usedPages = 0;
    for (Xswdev d : devices) {
      totalPages += Math.max(0, d.blocks() - dmmax);
      usedPages += d.used();
    }
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
