package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.unix.DiskUsageFormula;

/**
 * {@code struct statvfs} of FreeBSD ({@code sys/sys/statvfs.h}: the block counts come first, unlike
 * Linux), turned into psutil's POSIX {@code disk_usage} by spi {@link DiskUsageFormula}.
 */
public final class StatvfsUsage {
  private StatvfsUsage() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct statvfs", 88, Timeval.AMD64, "sys/statvfs.h");
  public static final CField F_BAVAIL = LAYOUT.field("f_bavail", 0, CType.UINT64);
  public static final CField F_BFREE = LAYOUT.field("f_bfree", 8, CType.UINT64);
  public static final CField F_BLOCKS = LAYOUT.field("f_blocks", 16, CType.UINT64);
  public static final CField F_FRSIZE = LAYOUT.field("f_frsize", 64, CType.UINT64);

  /** The counts psutil's {@code disk_usage} reads. */
  public static final DiskUsageFormula.Fields FIELDS =
      new DiskUsageFormula.Fields(F_FRSIZE, F_BLOCKS, F_BFREE, F_BAVAIL);
}
