package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.UsagePercent;
import io.github.jpsutil.unix.DiskUsageFormula;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * psutil's {@code disk_usage} on macOS ({@code _psposix.disk_usage}): {@code struct statvfs} (macOS
 * {@code sys/statvfs.h}; 32-bit block counts, which Apple's libc keeps in range by scaling {@code
 * f_frsize}) gives total, free and the fallback for used; {@code getattrlist} with {@code
 * ATTR_VOL_SPACEUSED} gives the used space APFS reports (psutil PR 2152), in a reply of a 4-byte
 * length then the packed 8-byte value. percent = used / (used + free), 1 decimal, as spi {@link
 * DiskUsageFormula} computes it from statvfs alone.
 */
public final class VolumeUsage {
  private VolumeUsage() {}

  public static final CStruct STATVFS =
      CStruct.declare("struct statvfs", 64, KinfoProc.MACOS, "sys/statvfs.h");

  public static final CField F_FRSIZE = STATVFS.field("f_frsize", 8, CType.UINT64);
  public static final CField F_BLOCKS = STATVFS.field("f_blocks", 16, CType.UINT32);
  public static final CField F_BFREE = STATVFS.field("f_bfree", 20, CType.UINT32);
  public static final CField F_BAVAIL = STATVFS.field("f_bavail", 24, CType.UINT32);

  public static final DiskUsageFormula.Fields FIELDS =
      new DiskUsageFormula.Fields(F_FRSIZE, F_BLOCKS, F_BFREE, F_BAVAIL);

  /** The request: {@code struct attrlist} ({@code sys/attr.h}). */
  public static final CStruct ATTRLIST =
      CStruct.declare("struct attrlist", 24, KinfoProc.MACOS, "sys/attr.h");

  public static final CField BITMAPCOUNT = ATTRLIST.field("bitmapcount", 0, CType.UINT16);
  public static final CField VOLATTR = ATTRLIST.field("volattr", 8, CType.UINT32);

  /**
   * {@code ATTR_BIT_MAP_COUNT}, {@code ATTR_VOL_INFO | ATTR_VOL_SPACEUSED} ({@code sys/attr.h}).
   */
  public static final int ATTR_BIT_MAP_COUNT = 5, ATTR_VOL_INFO = 0x80000000;

  public static final int ATTR_VOL_SPACEUSED = 0x00800000;

  /** Bytes of the reply: {@code u_int32_t} length, then the packed {@code u_int64_t}. */
  public static final int REPLY_SIZE = 12;

  /** The {@code struct attrlist} that asks for {@code ATTR_VOL_SPACEUSED}. */
  public static byte[] request() {
    ByteBuffer request = ByteBuffer.allocate(ATTRLIST.size()).order(ByteOrder.nativeOrder());
    request.putShort(BITMAPCOUNT.offset(), (short) ATTR_BIT_MAP_COUNT);
    return request.putInt(VOLATTR.offset(), ATTR_VOL_INFO | ATTR_VOL_SPACEUSED).array();
  }

  /**
   * @param statvfs the {@code struct statvfs} of the path
   * @param path the path, for messages
   * @param spaceUsedReply the {@code getattrlist} reply, empty when that call failed (psutil then
   *     keeps statvfs's used)
   */
  public static DiskUsage of(ByteBuffer statvfs, String path, Optional<ByteBuffer> spaceUsedReply) {
    DiskUsage fromStatvfs = DiskUsageFormula.of(FIELDS, statvfs, path);
    if (spaceUsedReply.isEmpty()) {
      return fromStatvfs;
    }
    long used = spaceUsed(spaceUsedReply.get());
    long free = fromStatvfs.free();
    if (used > Long.MAX_VALUE - free) {
      throw ATTRLIST.malformed("ATTR_VOL_SPACEUSED " + used + " plus free overflows 64 bits");
    }
    return new DiskUsage(fromStatvfs.total(), used, free, UsagePercent.of(used, used + free));
  }

  private static long spaceUsed(ByteBuffer reply) {
    if (reply.limit() < REPLY_SIZE) {
      throw ATTRLIST.malformed("reply has " + reply.limit() + " bytes, needs " + REPLY_SIZE);
    }
    long v = reply.getLong(4);
    if (v < 0) {
      throw ATTRLIST.malformed("ATTR_VOL_SPACEUSED is beyond 2^63-1");
    }
    return v;
  }
}
