package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.MemoryMapStats;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStrings;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.unix.PackedRecords;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The packed {@code struct kinfo_vmentry} array of {@code sysctl(KERN_PROC_VMMAP)} (FreeBSD 12+
 * {@code sys/sys/user.h}; each entry {@code kve_structsize} bytes, its path cut after the NUL and
 * rounded up to 8, as libutil's {@code kinfo_getvmmap} unpacks it), read as psutil's FreeBSD {@code
 * memory_maps}.
 */
public final class KinfoVmentry {
  private KinfoVmentry() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct kinfo_vmentry", 1160, Timeval.AMD64, "sys/user.h");
  public static final CField KVE_STRUCTSIZE = LAYOUT.field("kve_structsize", 0, CType.INT32);
  public static final CField KVE_TYPE = LAYOUT.field("kve_type", 4, CType.INT32);
  public static final CField KVE_START = LAYOUT.field("kve_start", 8, CType.UINT64);
  public static final CField KVE_END = LAYOUT.field("kve_end", 16, CType.UINT64);
  public static final CField KVE_RESIDENT = LAYOUT.field("kve_resident", 48, CType.INT32);
  public static final CField KVE_PRIVATE_RESIDENT =
      LAYOUT.field("kve_private_resident", 52, CType.INT32);
  public static final CField KVE_PROTECTION = LAYOUT.field("kve_protection", 56, CType.INT32);
  public static final CField KVE_REF_COUNT = LAYOUT.field("kve_ref_count", 60, CType.INT32);
  public static final CField KVE_SHADOW_COUNT = LAYOUT.field("kve_shadow_count", 64, CType.INT32);
  public static final CField KVE_PATH = LAYOUT.array("kve_path", 136, CType.CHAR_ARRAY, 1024);

  /** psutil's names for {@code KVME_TYPE_NONE} 0 … {@code KVME_TYPE_SG} 7 of an unnamed region. */
  private static final String[] UNNAMED = {
    "[none]", "[default]", "[vnode]", "[swap]", "[device]", "[phys]", "[dead]", "[sg]"
  };

  /** {@code KVME_TYPE_UNKNOWN}. */
  private static final int TYPE_UNKNOWN = 255;

  /**
   * One region per entry: {@code addr} as psutil prints it ({@code %#jx-%#jx}), {@code perms} from
   * {@code KVME_PROT_READ/WRITE/EXEC} (1, 2, 4), the path or psutil's {@code [type]} name; rss and
   * private are resident pages × {@code pageSize} (bytes since psutil 8.0), the counts as they are.
   */
  public static List<MemoryMapRegion> regions(ByteBuffer buf, long pageSize) {
    List<MemoryMapRegion> out = new ArrayList<>();
    int min = KVE_PATH.offset();
    for (ByteBuffer e : PackedRecords.split(buf, KVE_STRUCTSIZE, min, LAYOUT.size())) {
      String path = CStrings.decode(e, min, e.limit() - min);
      int prot = KVE_PROTECTION.i32(e);
      long resident = KVE_RESIDENT.i32(e);
      long privateResident = KVE_PRIVATE_RESIDENT.i32(e);
      if (resident < 0 || privateResident < 0) {
        throw KVE_RESIDENT.malformed("or kve_private_resident is negative: " + resident);
      }
      out.add(
          new MemoryMapRegion(
              hex(KVE_START.u64(e)) + "-" + hex(KVE_END.u64(e)),
              ((prot & 1) != 0 ? "r" : "-")
                  + ((prot & 2) != 0 ? "w" : "-")
                  + ((prot & 4) != 0 ? "x" : "-"),
              path.isEmpty() ? unnamed(KVE_TYPE.i32(e)) : path,
              new MemoryMapStats.FreeBsd(
                  Math.multiplyExact(resident, pageSize),
                  Math.multiplyExact(privateResident, pageSize),
                  KVE_REF_COUNT.i32(e),
                  KVE_SHADOW_COUNT.i32(e))));
    }
    return List.copyOf(out);
  }

  /** C's {@code %#jx}: {@code 0x} and lowercase hex, but a bare {@code 0} for zero. */
  private static String hex(long v) {
    return v == 0 ? "0" : "0x" + Long.toHexString(v);
  }

  private static String unnamed(int type) {
    if (type >= 0 && type < UNNAMED.length) {
      return UNNAMED[type];
    }
    return type == TYPE_UNKNOWN ? "[unknown]" : "[?]";
  }
}
