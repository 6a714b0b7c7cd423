package io.github.jpsutil.unix;

import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.UsagePercent;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * psutil's {@code _psposix.disk_usage} over one OS's {@code struct statvfs}: total = {@code
 * f_blocks} × {@code f_frsize}, used = total − {@code f_bfree} × {@code f_frsize}, free = {@code
 * f_bavail} × {@code f_frsize} (what an unprivileged user may still write), percent = used / (used
 * + free) rounded to one decimal. The layouts differ (FreeBSD puts the block counts first, illumos
 * after {@code f_bsize} and {@code f_frsize}), so each OS names its fields.
 */
public final class DiskUsageFormula {
  private DiskUsageFormula() {}

  /**
   * Where one OS's {@code struct statvfs} keeps the four counts, each an unsigned 32- or 64-bit
   * field ({@code fsblkcnt_t}, {@code unsigned long}).
   *
   * @param frsize {@code f_frsize}, the fragment size the counts are in
   * @param blocks {@code f_blocks}
   * @param bfree {@code f_bfree}
   * @param bavail {@code f_bavail}
   */
  public record Fields(CField frsize, CField blocks, CField bfree, CField bavail) {
    /**
     * Checks that the four fields are of one struct and unsigned 32- or 64-bit numbers.
     *
     * @param frsize {@code f_frsize}, the fragment size the counts are in
     * @param blocks {@code f_blocks}
     * @param bfree {@code f_bfree}
     * @param bavail {@code f_bavail}
     */
    public Fields {
      for (CField f : List.of(frsize, blocks, bfree, bavail)) {
        if (f.struct() != frsize.struct()) {
          throw new IllegalArgumentException(f + " is not a field of " + frsize.struct());
        }
        if (f.type() != CType.UINT32 && f.type() != CType.UINT64) {
          throw new IllegalArgumentException(f + " is not an unsigned 32- or 64-bit number");
        }
      }
    }
  }

  /**
   * The usage one {@code statvfs(path)} answered.
   *
   * @param fields the OS's layout
   * @param buf the struct's bytes
   * @param path the path asked about, for messages
   * @return psutil's {@code disk_usage(path)}
   * @throws io.github.jpsutil.api.MalformedDataException for a short struct, free counts above
   *     {@code f_blocks}, or byte counts beyond 2^63-1
   */
  public static DiskUsage of(Fields fields, ByteBuffer buf, String path) {
    Objects.requireNonNull(path, "path");
    CStruct struct = fields.frsize().struct();
    struct.require(buf);
    long frsize = unsigned(fields.frsize(), buf);
    long blocks = unsigned(fields.blocks(), buf);
    long bfree = unsigned(fields.bfree(), buf);
    long bavail = unsigned(fields.bavail(), buf);
    if (bfree > blocks || bavail > blocks) {
      throw struct.malformed(
          "of "
              + path
              + ": f_bfree "
              + bfree
              + " or f_bavail "
              + bavail
              + " above f_blocks "
              + blocks);
    }
    try {
      long total = Math.multiplyExact(blocks, frsize);
      long used = total - Math.multiplyExact(bfree, frsize);
      long free = Math.multiplyExact(bavail, frsize);
      return new DiskUsage(total, used, free, UsagePercent.of(used, Math.addExact(used, free)));
    } catch (ArithmeticException e) {
      throw struct.malformed("of " + path + ": byte counts overflow 2^63-1");
    }
  }

  private static long unsigned(CField f, ByteBuffer buf) {
    return f.type() == CType.UINT32 ? f.u32(buf) : f.u64(buf); // u64 refuses 2^63 and more
  }
}
