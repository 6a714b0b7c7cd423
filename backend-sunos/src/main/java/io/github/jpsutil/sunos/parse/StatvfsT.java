package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.unix.DiskUsageFormula;

/**
 * {@code statvfs_t} from {@code statvfs(2)} (illumos {@code sys/statvfs.h}; LP64), read by spi
 * {@link DiskUsageFormula}.
 */
public final class StatvfsT {
  private StatvfsT() {}

  public static final CStruct LAYOUT = Timestruc.declare("statvfs_t", 136, "sys/statvfs.h");
  public static final CField F_FRSIZE = LAYOUT.field("f_frsize", 8, CType.UINT64);
  public static final CField F_BLOCKS = LAYOUT.field("f_blocks", 16, CType.UINT64);
  public static final CField F_BFREE = LAYOUT.field("f_bfree", 24, CType.UINT64);
  public static final CField F_BAVAIL = LAYOUT.field("f_bavail", 32, CType.UINT64);

  /** The counts psutil's {@code _psposix.disk_usage} reads. */
  public static final DiskUsageFormula.Fields FIELDS =
      new DiskUsageFormula.Fields(F_FRSIZE, F_BLOCKS, F_BFREE, F_BAVAIL);
}
