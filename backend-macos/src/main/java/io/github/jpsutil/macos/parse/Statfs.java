package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code struct statfs} (the 64-bit-inode layout, macOS {@code sys/mount.h}) as {@code getfsstat}
 * fills it, one per mounted filesystem. On x86_64 that layout comes from the {@code
 * getfsstat$INODE64} symbol; arm64 has only that layout.
 */
public final class Statfs {
  private Statfs() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct statfs", 2168, KinfoProc.MACOS, "sys/param.h", "sys/mount.h");

  public static final CField F_FLAGS = LAYOUT.field("f_flags", 64, CType.UINT32);
  public static final CField F_FSTYPENAME = LAYOUT.array("f_fstypename", 72, CType.CHAR_ARRAY, 16);
  public static final CField F_MNTONNAME = LAYOUT.array("f_mntonname", 88, CType.CHAR_ARRAY, 1024);
  public static final CField F_MNTFROMNAME =
      LAYOUT.array("f_mntfromname", 1112, CType.CHAR_ARRAY, 1024);

  /**
   * {@code MNT_*} flags ({@code sys/mount.h}) and their names, in the order psutil's {@code
   * arch/osx/disk.c} appends them to the options after {@code ro}/{@code rw}.
   */
  public static final List<MountFlag> OPTIONS =
      List.of(
          new MountFlag("MNT_SYNCHRONOUS", 0x2, "sync"),
          new MountFlag("MNT_NOEXEC", 0x4, "noexec"),
          new MountFlag("MNT_NOSUID", 0x8, "nosuid"),
          new MountFlag("MNT_UNION", 0x20, "union"),
          new MountFlag("MNT_ASYNC", 0x40, "async"),
          new MountFlag("MNT_EXPORTED", 0x100, "exported"),
          new MountFlag("MNT_LOCAL", 0x1000, "local"),
          new MountFlag("MNT_QUOTA", 0x2000, "quota"),
          new MountFlag("MNT_ROOTFS", 0x4000, "rootfs"),
          new MountFlag("MNT_DOVOLFS", 0x8000, "dovolfs"),
          new MountFlag("MNT_DONTBROWSE", 0x100000, "dontbrowse"),
          new MountFlag("MNT_IGNORE_OWNERSHIP", 0x200000, "ignore-ownership"),
          new MountFlag("MNT_AUTOMOUNTED", 0x400000, "automounted"),
          new MountFlag("MNT_JOURNALED", 0x800000, "journaled"),
          new MountFlag("MNT_NOUSERXATTR", 0x1000000, "nouserxattr"),
          new MountFlag("MNT_DEFWRITE", 0x2000000, "defwrite"),
          new MountFlag("MNT_UPDATE", 0x10000, "update"),
          new MountFlag("MNT_RELOAD", 0x40000, "reload"),
          new MountFlag("MNT_FORCE", 0x80000, "force"),
          new MountFlag("MNT_CMDFLAGS", 0xf0000, "cmdflags"),
          new MountFlag("MNT_QUARANTINE", 0x400, "quarantine"),
          new MountFlag("MNT_MULTILABEL", 0x4000000, "multilabel"),
          new MountFlag("MNT_NOATIME", 0x10000000, "noatime"));

  /** {@code MNT_RDONLY}. */
  public static final int MNT_RDONLY = 0x1;

  /** A mount flag: its C name, value and psutil's option name. */
  public record MountFlag(String macro, int value, String option) {}

  /**
   * Every entry of the array, as psutil's {@code disk_partitions} before its {@code all} filter:
   * device {@code none} becomes "".
   */
  public static List<DiskPartition> partitions(ByteBuffer buf) {
    if (buf.limit() % LAYOUT.size() != 0) {
      throw LAYOUT.malformed("array must be a multiple of 2168 bytes, got " + buf.limit());
    }
    return IntStream.range(0, buf.limit() / LAYOUT.size())
        .mapToObj(i -> partition(buf, i * LAYOUT.size()))
        .toList();
  }

  private static DiskPartition partition(ByteBuffer buf, int off) {
    long flags = F_FLAGS.u32(buf, off);
    StringBuilder opts = new StringBuilder((flags & MNT_RDONLY) != 0 ? "ro" : "rw");
    for (MountFlag f : OPTIONS) {
      if ((flags & f.value()) != 0) {
        opts.append(',').append(f.option());
      }
    }
    String device = F_MNTFROMNAME.cString(buf, off);
    return new DiskPartition(
        device.equals("none") ? "" : device,
        F_MNTONNAME.cString(buf, off),
        F_FSTYPENAME.cString(buf, off),
        opts.toString());
  }
}
