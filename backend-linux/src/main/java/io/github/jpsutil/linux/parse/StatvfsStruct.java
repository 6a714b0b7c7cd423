package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.UsagePercent;
import java.nio.ByteBuffer;

/**
 * {@code struct statvfs} of glibc on 64-bit Linux (x86_64 and aarch64; {@code
 * sysdeps/unix/sysv/linux/bits/statvfs.h}): {@code f_bsize}, {@code f_frsize} ({@code unsigned
 * long}), then {@code f_blocks}, {@code f_bfree}, {@code f_bavail} ({@code fsblkcnt_t}, also {@code
 * unsigned long} on LP64), the inode counts, {@code f_fsid}, {@code f_flag}, {@code f_namemax} and
 * six spare ints: 112 bytes, every value an unsigned 64-bit word in native byte order (checked
 * against {@code offsetof} with gcc on Debian 12 x86_64).
 */
public final class StatvfsStruct {
  private StatvfsStruct() {}

  /** {@code sizeof(struct statvfs)} on LP64 Linux. */
  public static final int SIZE = LinuxStructs.STATVFS.size();

  /**
   * psutil's {@code disk_usage} formula (psutil/_psposix.py), all in bytes: {@code total =
   * f_blocks*f_frsize}, {@code used = total - f_bfree*f_frsize}, {@code free = f_bavail*f_frsize},
   * {@code percent = used/(used+free)*100} rounded to one decimal, 0 when {@code used+free} is 0.
   *
   * @param struct the struct's bytes, in the buffer's byte order, from position 0
   * @param path the path passed to statvfs, for error messages
   * @throws io.github.jpsutil.api.MalformedDataException naming statvfs and the path when a count
   *     is 2^63 or more, a byte count exceeds 2^63-1, or {@code f_bfree > f_blocks}: values a
   *     {@code long} cannot hold or that would make {@code used} negative, never silently wrapped
   */
  public static DiskUsage toUsage(ByteBuffer struct, String path) {
    if (struct.limit() < SIZE) {
      throw Malformed.of("statvfs(" + path + "): " + struct.limit() + " bytes, expected " + SIZE);
    }
    long frsize = word(struct, LinuxStructs.F_FRSIZE, path);
    long blocks = word(struct, LinuxStructs.F_BLOCKS, path);
    long bfree = word(struct, LinuxStructs.F_BFREE, path);
    long bavail = word(struct, LinuxStructs.F_BAVAIL, path);
    if (bfree > blocks) {
      throw Malformed.of("statvfs(" + path + "): f_bfree " + bfree + " exceeds f_blocks " + blocks);
    }
    long total = bytes(blocks, frsize, "f_blocks", path);
    long used = total - bytes(bfree, frsize, "f_bfree", path);
    long free = bytes(bavail, frsize, "f_bavail", path);
    return new DiskUsage(total, used, free, percent(used, free));
  }

  /** psutil's {@code usage_percent(used, used + free, round_=1)}. */
  static double percent(long used, long free) {
    // As Python: the integer sum converted once; as a double only past 2^63-1.
    long exact = used + free;
    double sum = exact >= 0 ? (double) exact : (double) used + (double) free;
    if (sum == 0) {
      return 0.0;
    }
    return UsagePercent.roundOne(used / sum * 100);
  }

  private static long word(ByteBuffer b, CField field, String path) {
    long v = b.getLong(field.offset());
    if (v < 0) {
      throw Malformed.of(
          "statvfs("
              + path
              + "): "
              + field.name()
              + " = "
              + Long.toUnsignedString(v)
              + " does not fit a signed 64-bit count");
    }
    return v;
  }

  private static long bytes(long count, long frsize, String field, String path) {
    long hi = Math.multiplyHigh(count, frsize);
    long lo = count * frsize;
    if (hi != 0 || lo < 0) {
      throw Malformed.of(
          "statvfs("
              + path
              + "): "
              + field
              + " "
              + count
              + " × f_frsize "
              + frsize
              + " exceeds 2^63-1 bytes");
    }
    return lo;
  }
}
