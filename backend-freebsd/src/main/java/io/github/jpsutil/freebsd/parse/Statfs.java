package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code struct statfs} array of {@code getfsstat(2)} (FreeBSD 12+ {@code sys/sys/mount.h},
 * {@code STATFS_VERSION} 0x20140518), read as psutil's BSD {@code disk_partitions}.
 */
public final class Statfs {
  private Statfs() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct statfs", 2344, Timeval.AMD64, "sys/param.h", "sys/mount.h");
  public static final CField F_VERSION = LAYOUT.field("f_version", 0, CType.UINT32);
  public static final CField F_FLAGS = LAYOUT.field("f_flags", 8, CType.UINT64);
  public static final CField F_FSTYPENAME = LAYOUT.array("f_fstypename", 280, CType.CHAR_ARRAY, 16);
  public static final CField F_MNTFROMNAME =
      LAYOUT.array("f_mntfromname", 296, CType.CHAR_ARRAY, 1024);
  public static final CField F_MNTONNAME =
      LAYOUT.array("f_mntonname", 1320, CType.CHAR_ARRAY, 1024);

  /** {@code STATFS_VERSION}: the layout above; the FreeBSD 11 one (0x20030518) is not decoded. */
  static final long VERSION = 0x20140518L;

  /**
   * psutil's option words, in its order, for each {@code MNT_*} flag; {@code softdep} is listed
   * twice because psutil's {@code arch/bsd/disk.c} appends it twice when set.
   */
  private static final long[] FLAGS = {
    0x2L,
    0x4L,
    0x8L,
    0x40L,
    0x10000000L,
    0x200000L,
    0x20L,
    0x100000L,
    0x200000L,
    0x400000L,
    0x2000000L,
    0x4000000L,
    0x8000000L,
    0x40000000L,
    0x80000000L,
    0x10L
  };

  private static final String[] WORDS =
      ("sync noexec nosuid async noatime softdep union suiddir softdep nosymfollow gjournal"
              + " multilabel acls noclusterr noclusterw nfs4acls")
          .split(" ");

  /** One partition per struct of the array. */
  public static List<DiskPartition> partitions(ByteBuffer buf) {
    if (buf.limit() % LAYOUT.size() != 0) {
      throw LAYOUT.malformed("array must be a multiple of 2344 bytes, got " + buf.limit());
    }
    List<DiskPartition> out = new ArrayList<>();
    for (int i = 0; i < buf.limit() / LAYOUT.size(); i++) {
      int base = i * LAYOUT.size();
      LAYOUT.require(buf, base);
      long version = F_VERSION.u32(buf, base);
      if (version != VERSION) {
        throw F_VERSION.malformed("is 0x" + Long.toHexString(version) + ", expected 0x20140518");
      }
      out.add(
          new DiskPartition(
              F_MNTFROMNAME.cString(buf, base),
              F_MNTONNAME.cString(buf, base),
              F_FSTYPENAME.cString(buf, base),
              options(F_FLAGS.u64(buf, base))));
    }
    return List.copyOf(out);
  }

  /** {@code "ro"} or {@code "rw"} ({@code MNT_RDONLY} 0x1), then psutil's words for the flags. */
  static String options(long flags) {
    StringBuilder s = new StringBuilder((flags & 0x1L) != 0 ? "ro" : "rw");
    for (int i = 0; i < FLAGS.length; i++) {
      if ((flags & FLAGS[i]) != 0) {
        s.append(',').append(WORDS[i]);
      }
    }
    return s.toString();
  }
}
