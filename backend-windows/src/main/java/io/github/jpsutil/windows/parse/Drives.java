package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * psutil's {@code disk_partitions} on Windows: the drive roots of {@code GetLogicalDriveStringsW}
 * (NUL-separated, an empty string last), each with its {@code GetDriveTypeW} type and {@code
 * GetVolumeInformationW} file system and flags (winbase.h, winnt.h).
 */
public final class Drives {
  private Drives() {}

  /** {@code GetDriveType} results (winbase.h). */
  public static final int DRIVE_UNKNOWN = 0;

  public static final int DRIVE_NO_ROOT_DIR = 1;
  public static final int DRIVE_REMOVABLE = 2;
  public static final int DRIVE_FIXED = 3;
  public static final int DRIVE_REMOTE = 4;
  public static final int DRIVE_CDROM = 5;
  public static final int DRIVE_RAMDISK = 6;

  /** Volume flags (winnt.h). */
  public static final int FILE_VOLUME_IS_COMPRESSED = 0x0000_8000;

  public static final int FILE_READ_ONLY_VOLUME = 0x0008_0000;

  /**
   * The roots, e.g. {@code C:\}.
   *
   * @throws MalformedDataException if the text has an odd length or no terminating empty string
   */
  public static List<String> roots(ByteBuffer multiSz) {
    String s = PointedText.utf16(multiSz, "drive strings");
    List<String> out = new ArrayList<>();
    int pos = 0;
    while (pos < s.length()) {
      int end = s.indexOf('\0', pos);
      if (end < 0) {
        throw new MalformedDataException("drive string at " + pos + " has no NUL");
      }
      if (end == pos) {
        break;
      }
      out.add(s.substring(pos, end));
      pos = end + 1;
    }
    return out;
  }

  /** Whether psutil lists a drive of {@code type} when {@code all} is false. */
  public static boolean shownByDefault(String root, int type) {
    return switch (type) {
      case DRIVE_UNKNOWN, DRIVE_NO_ROOT_DIR, DRIVE_REMOTE, DRIVE_RAMDISK -> false;
      // psutil skips the floppy drive by default: querying it is slow.
      case DRIVE_REMOVABLE -> !root.equalsIgnoreCase("A:\\");
      default -> true;
    };
  }

  /**
   * One partition as psutil builds it: device and mount point the root; opts {@code rw} or {@code
   * ro} (plus {@code compressed}) when the volume answered, then the drive type's word.
   *
   * @param volume the flags (4 bytes) then the NUL-terminated UTF-16 file system name, or null when
   *     GetVolumeInformationW failed (an empty drive): no fstype and only the type in opts
   */
  public static DiskPartition partition(String root, int type, ByteBuffer volume) {
    StringBuilder opts = new StringBuilder();
    String fstype = "";
    if (volume != null) {
      if (volume.limit() < 4) {
        throw new MalformedDataException("volume information of " + volume.limit() + " bytes");
      }
      int flags = volume.getInt(0);
      opts.append((flags & FILE_READ_ONLY_VOLUME) != 0 ? "ro" : "rw");
      if ((flags & FILE_VOLUME_IS_COMPRESSED) != 0) {
        opts.append(",compressed");
      }
      fstype = ProcessParameters.utf16(volume.slice(4, volume.limit() - 4 & ~1));
      opts.append(',');
    }
    opts.append(typeName(type));
    return new DiskPartition(root, root, fstype, opts.toString());
  }

  private static String typeName(int type) {
    return switch (type) {
      case DRIVE_FIXED -> "fixed";
      case DRIVE_CDROM -> "cdrom";
      case DRIVE_REMOVABLE -> "removable";
      case DRIVE_UNKNOWN -> "unknown";
      case DRIVE_NO_ROOT_DIR -> "unmounted";
      case DRIVE_REMOTE -> "remote";
      case DRIVE_RAMDISK -> "ramdisk";
      default -> "?";
    };
  }
}
