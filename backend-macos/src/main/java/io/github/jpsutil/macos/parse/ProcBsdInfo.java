package io.github.jpsutil.macos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * {@code struct proc_bsdinfo} (xnu {@code bsd/sys/proc_info.h}), from {@code proc_pidinfo} flavor
 * {@code PROC_PIDTBSDINFO} or as the first member of {@code proc_taskallinfo}. Layout declared
 * below, compiled against the macOS SDK headers.
 *
 * @param flags {@code pbi_flags} (PROC_FLAG_*)
 * @param status {@code pbi_status} ({@code p_stat}: SIDL 1 … SZOMB 5)
 * @param pid {@code pbi_pid}
 * @param ppid {@code pbi_ppid}
 * @param uid effective uid
 * @param gid effective gid
 * @param ruid real uid
 * @param rgid real gid
 * @param svuid saved uid
 * @param svgid saved gid
 * @param comm {@code pbi_comm}, at most 16 characters
 * @param name {@code pbi_name}, up to 32 characters, "" when no name is registered
 * @param nice {@code pbi_nice}
 * @param startSeconds {@code pbi_start_tvsec}
 * @param startMicros {@code pbi_start_tvusec}
 */
public record ProcBsdInfo(
    int flags,
    int status,
    int pid,
    int ppid,
    int uid,
    int gid,
    int ruid,
    int rgid,
    int svuid,
    int svgid,
    String comm,
    String name,
    int nice,
    long startSeconds,
    long startMicros) {

  public static final CStruct LAYOUT =
      CStruct.declare("struct proc_bsdinfo", 136, KinfoProc.MACOS, "libproc.h", "sys/proc_info.h");

  /** {@code sizeof(struct proc_bsdinfo)}. */
  public static final int SIZE = LAYOUT.size();

  public static final CField PBI_FLAGS = LAYOUT.field("pbi_flags", 0, CType.INT32);
  public static final CField PBI_STATUS = LAYOUT.field("pbi_status", 4, CType.INT32);
  public static final CField PBI_PID = LAYOUT.field("pbi_pid", 12, CType.INT32);
  public static final CField PBI_PPID = LAYOUT.field("pbi_ppid", 16, CType.INT32);
  public static final CField PBI_UID = LAYOUT.field("pbi_uid", 20, CType.INT32);
  public static final CField PBI_GID = LAYOUT.field("pbi_gid", 24, CType.INT32);
  public static final CField PBI_RUID = LAYOUT.field("pbi_ruid", 28, CType.INT32);
  public static final CField PBI_RGID = LAYOUT.field("pbi_rgid", 32, CType.INT32);
  public static final CField PBI_SVUID = LAYOUT.field("pbi_svuid", 36, CType.INT32);
  public static final CField PBI_SVGID = LAYOUT.field("pbi_svgid", 40, CType.INT32);

  /** {@code char pbi_comm[MAXCOMLEN]}. */
  public static final CField PBI_COMM = LAYOUT.array("pbi_comm", 48, CType.CHAR_ARRAY, 16);

  /** {@code char pbi_name[2 * MAXCOMLEN]}. */
  public static final CField PBI_NAME = LAYOUT.array("pbi_name", 64, CType.CHAR_ARRAY, 32);

  public static final CField PBI_NICE = LAYOUT.field("pbi_nice", 116, CType.INT32);
  public static final CField PBI_START_TVSEC = LAYOUT.field("pbi_start_tvsec", 120, CType.UINT64);
  public static final CField PBI_START_TVUSEC = LAYOUT.field("pbi_start_tvusec", 128, CType.UINT64);

  /** {@code p_stat} of a zombie (xnu {@code bsd/sys/proc.h}). */
  static final int SZOMB = 5;

  /** Decodes the struct at {@code offset}. */
  public static ProcBsdInfo decode(ByteBuffer buf, int offset) {
    LAYOUT.require(buf, offset);
    long usec = PBI_START_TVUSEC.u64(buf, offset);
    if (usec >= 1_000_000) {
      throw PBI_START_TVUSEC.malformed("out of range: " + usec);
    }
    return new ProcBsdInfo(
        PBI_FLAGS.i32(buf, offset),
        PBI_STATUS.i32(buf, offset),
        PBI_PID.i32(buf, offset),
        PBI_PPID.i32(buf, offset),
        PBI_UID.i32(buf, offset),
        PBI_GID.i32(buf, offset),
        PBI_RUID.i32(buf, offset),
        PBI_RGID.i32(buf, offset),
        PBI_SVUID.i32(buf, offset),
        PBI_SVGID.i32(buf, offset),
        PBI_COMM.cString(buf, offset),
        PBI_NAME.cString(buf, offset),
        PBI_NICE.i32(buf, offset),
        PBI_START_TVSEC.u64(buf, offset),
        usec);
  }

  /** Whether the process is a zombie ({@code pbi_status == SZOMB}). */
  public boolean isZombie() {
    return status == SZOMB;
  }

  /** The longer {@code pbi_name} when the kernel has one, else {@code pbi_comm}. */
  public String longestName() {
    return name.isEmpty() ? comm : name;
  }

  /** Creation time in seconds since the epoch. */
  public double createTime() {
    return startSeconds + startMicros / 1e6;
  }
}
