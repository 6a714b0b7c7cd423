package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.UsagePercent;
import java.nio.ByteBuffer;

/** {@code statvfs_t} from {@code statvfs(2)} (illumos {@code sys/statvfs.h}; LP64). */
public final class StatvfsT {
  private StatvfsT() {}

  public static final CStruct LAYOUT =
      CStruct.declare("statvfs_t", 136, Timestruc.AMD64, "sys/statvfs.h");
  public static final CField F_FRSIZE = LAYOUT.field("f_frsize", 8, CType.UINT64);
  public static final CField F_BLOCKS = LAYOUT.field("f_blocks", 16, CType.UINT64);
  public static final CField F_BFREE = LAYOUT.field("f_bfree", 24, CType.UINT64);
  public static final CField F_BAVAIL = LAYOUT.field("f_bavail", 32, CType.UINT64);

  /**
   * psutil's {@code _psposix.disk_usage}: total {@code f_blocks}, used total minus {@code f_bfree},
   * free {@code f_bavail} (what a non-root user may use), all × {@code f_frsize}; percent {@code
   * used / (used + free)}.
   */
  public static DiskUsage usage(ByteBuffer buf) {
    LAYOUT.require(buf);
    long frsize = F_FRSIZE.u64(buf);
    long blocks = F_BLOCKS.u64(buf);
    long bfree = F_BFREE.u64(buf);
    long bavail = F_BAVAIL.u64(buf);
    if (bfree > blocks || bavail > blocks) {
      throw LAYOUT.malformed(
          "has f_bfree " + bfree + ", f_bavail " + bavail + " > f_blocks " + blocks);
    }
    long total = bytes(blocks, frsize, F_BLOCKS);
    long used = total - bytes(bfree, frsize, F_BFREE);
    long free = bytes(bavail, frsize, F_BAVAIL);
    return new DiskUsage(total, used, free, UsagePercent.of(used, used + free));
  }

  private static long bytes(long blocks, long frsize, CField f) {
    if (frsize != 0 && blocks > Long.MAX_VALUE / frsize) {
      throw f.malformed("× f_frsize " + frsize + " overflows");
    }
    return blocks * frsize;
  }
}
