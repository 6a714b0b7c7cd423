package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.UsagePercent;
import java.nio.ByteBuffer;

/**
 * {@code struct statvfs} of FreeBSD ({@code sys/sys/statvfs.h}: the block counts come first, unlike
 * Linux), turned into psutil's POSIX {@code disk_usage}.
 */
public final class StatvfsUsage {
  private StatvfsUsage() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct statvfs", 88, Timeval.AMD64, "sys/statvfs.h");
  public static final CField F_BAVAIL = LAYOUT.field("f_bavail", 0, CType.UINT64);
  public static final CField F_BFREE = LAYOUT.field("f_bfree", 8, CType.UINT64);
  public static final CField F_BLOCKS = LAYOUT.field("f_blocks", 16, CType.UINT64);
  public static final CField F_FRSIZE = LAYOUT.field("f_frsize", 64, CType.UINT64);

  /**
   * psutil's {@code disk_usage}: total = blocks × frsize, used = total − bfree × frsize, free =
   * bavail × frsize (what an unprivileged user may still write), percent = used / (used + free)
   * rounded to one decimal.
   */
  public static DiskUsage usage(ByteBuffer buf, String path) {
    LAYOUT.require(buf);
    long frsize = F_FRSIZE.u64(buf);
    long blocks = F_BLOCKS.u64(buf);
    long bfree = F_BFREE.u64(buf);
    if (bfree > blocks) {
      throw F_BFREE.malformed("of " + path + " is " + bfree + ", above f_blocks " + blocks);
    }
    try {
      long total = Math.multiplyExact(blocks, frsize);
      long used = total - Math.multiplyExact(bfree, frsize);
      long free = Math.multiplyExact(F_BAVAIL.u64(buf), frsize);
      return new DiskUsage(total, used, free, UsagePercent.of(used, Math.addExact(used, free), 1));
    } catch (ArithmeticException e) {
      throw LAYOUT.malformed("of " + path + ": byte counts overflow 2^63-1");
    }
  }
}
