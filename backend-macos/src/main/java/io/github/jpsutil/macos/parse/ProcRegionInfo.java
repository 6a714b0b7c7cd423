package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * psutil {@code memory_footprint()} (USS) on macOS ({@code psutil_proc_memory_uss}, after {@code
 * libtop}): the {@code struct proc_regioninfo} of each VM region ({@code
 * proc_pidinfo(PROC_PIDREGIONINFO, address)}, xnu {@code bsd/sys/proc_info.h}); private regions
 * count all their resident pages, copy-on-write ones their private pages plus the shared ones when
 * nothing else references them; shared regions, and anything in the caller architecture's shared
 * library region that is not private, do not count.
 */
public final class ProcRegionInfo {
  private ProcRegionInfo() {}

  public static final CStruct LAYOUT =
      CStruct.declare(
          "struct proc_regioninfo", 96, KinfoProc.MACOS, "libproc.h", "sys/proc_info.h");

  public static final CField PRI_REF_COUNT = LAYOUT.field("pri_ref_count", 52, CType.UINT32);
  public static final CField PRI_SHARE_MODE = LAYOUT.field("pri_share_mode", 60, CType.UINT32);
  public static final CField PRI_PRIVATE_PAGES_RESIDENT =
      LAYOUT.field("pri_private_pages_resident", 64, CType.UINT32);
  public static final CField PRI_SHARED_PAGES_RESIDENT =
      LAYOUT.field("pri_shared_pages_resident", 68, CType.UINT32);
  public static final CField PRI_ADDRESS = LAYOUT.field("pri_address", 80, CType.UINT64);
  public static final CField PRI_SIZE = LAYOUT.field("pri_size", 88, CType.UINT64);

  /** {@code PROC_PIDREGIONINFO} flavor. */
  public static final int PROC_PIDREGIONINFO = 7;

  /** {@code SM_COW}, {@code SM_PRIVATE}, {@code SM_LARGE_PAGE} ({@code mach/vm_region.h}). */
  public static final int SM_COW = 1, SM_PRIVATE = 2, SM_LARGE_PAGE = 8;

  /**
   * {@code CPU_TYPE_I386}, {@code CPU_TYPE_ARM}, {@code CPU_TYPE_X86_64} ({@code mach/machine.h}).
   */
  public static final int CPU_TYPE_I386 = 7, CPU_TYPE_ARM = 12, CPU_TYPE_X86_64 = 0x0100_0007;

  /**
   * The shared region of the three CPU types psutil tests, base and size (xnu {@code
   * osfmk/mach/shared_region.h}, not in the SDK zig bundles; cited). An arm64 caller matches none
   * of them, so psutil excludes nothing there, and neither does this.
   */
  static SharedRegion sharedRegion(int cpuType) {
    return switch (cpuType) {
      case CPU_TYPE_ARM -> new SharedRegion(0x4000_0000L, 0x4000_0000L);
      case CPU_TYPE_I386 -> new SharedRegion(0x9000_0000L, 0x2000_0000L);
      case CPU_TYPE_X86_64 -> new SharedRegion(0x7FF8_0000_0000L, 0x7_FE00_0000L);
      default -> new SharedRegion(0, 0);
    };
  }

  /** {@code SHARED_REGION_BASE_*} and {@code SHARED_REGION_SIZE_*}. */
  record SharedRegion(long base, long size) {
    boolean contains(long address) {
      return address >= base && address - base < size;
    }
  }

  /** The end of the region (where the next search starts): {@code pri_address + pri_size}. */
  public static long end(ByteBuffer region) {
    LAYOUT.require(region);
    return PRI_ADDRESS.u64(region) + PRI_SIZE.u64(region);
  }

  /**
   * USS in bytes over every region.
   *
   * @param cpuType the caller's {@code sysctl.proc_cputype}, as psutil reads it
   */
  public static long uss(List<ByteBuffer> regions, int cpuType, long pageSize) {
    if (pageSize <= 0) {
      throw new MalformedDataException("page size must be > 0, got " + pageSize);
    }
    SharedRegion shared = sharedRegion(cpuType);
    long pages = 0;
    for (ByteBuffer r : regions) {
      LAYOUT.require(r);
      long address = PRI_ADDRESS.u64(r);
      long mode = PRI_SHARE_MODE.u32(r);
      if (shared.contains(address) && mode != SM_PRIVATE) {
        continue;
      }
      if (mode == SM_PRIVATE || mode == SM_LARGE_PAGE) {
        pages += PRI_PRIVATE_PAGES_RESIDENT.u32(r) + PRI_SHARED_PAGES_RESIDENT.u32(r);
      } else if (mode == SM_COW) {
        pages += PRI_PRIVATE_PAGES_RESIDENT.u32(r);
        pages += PRI_REF_COUNT.u32(r) == 1 ? PRI_SHARED_PAGES_RESIDENT.u32(r) : 0;
      }
    }
    return Math.multiplyExact(pages, pageSize);
  }
}
