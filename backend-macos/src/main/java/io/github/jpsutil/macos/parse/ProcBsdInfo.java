package io.github.jpsutil.macos.parse;

import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * {@code struct proc_bsdinfo} (xnu {@code bsd/sys/proc_info.h}), from {@code proc_pidinfo} flavor
 * {@code PROC_PIDTBSDINFO} or as the first member of {@code proc_taskallinfo}. Offsets: {@code
 * uint32_t pbi_flags} @0, {@code pbi_status} @4, {@code pbi_xstatus} @8, {@code pbi_pid} @12,
 * {@code pbi_ppid} @16, {@code uid_t pbi_uid} @20, {@code gid_t pbi_gid} @24, {@code pbi_ruid} @28,
 * {@code pbi_rgid} @32, {@code pbi_svuid} @36, {@code pbi_svgid} @40, {@code rfu_1} @44, {@code
 * char pbi_comm[MAXCOMLEN=16]} @48, {@code char pbi_name[2*MAXCOMLEN]} @64, {@code pbi_nfiles} @96,
 * {@code pbi_pgid} @100, {@code pbi_pjobc} @104, {@code e_tdev} @108, {@code e_tpgid} @112, {@code
 * int32_t pbi_nice} @116, {@code uint64_t pbi_start_tvsec} @120, {@code pbi_start_tvusec} @128; 136
 * bytes.
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

  /** {@code sizeof(struct proc_bsdinfo)}. */
  public static final int SIZE = 136;

  static final int PBI_FLAGS = 0;
  static final int PBI_STATUS = 4;
  static final int PBI_PID = 12;
  static final int PBI_PPID = 16;
  static final int PBI_UID = 20;
  static final int PBI_GID = 24;
  static final int PBI_RUID = 28;
  static final int PBI_RGID = 32;
  static final int PBI_SVUID = 36;
  static final int PBI_SVGID = 40;
  static final int PBI_COMM = 48;
  static final int PBI_NAME = 64;
  static final int PBI_NICE = 116;
  static final int PBI_START_TVSEC = 120;
  static final int PBI_START_TVUSEC = 128;

  /** {@code p_stat} of a zombie (xnu {@code bsd/sys/proc.h}). */
  static final int SZOMB = 5;

  /** Decodes the struct at {@code offset}. */
  public static ProcBsdInfo decode(ByteBuffer buf, int offset) {
    FixedLayout.require(buf, offset, SIZE, "proc_bsdinfo");
    long usec = FixedLayout.u64(buf, offset + PBI_START_TVUSEC, "pbi_start_tvusec");
    if (usec >= 1_000_000) {
      throw new IllegalArgumentException("pbi_start_tvusec out of range: " + usec);
    }
    return new ProcBsdInfo(
        buf.getInt(offset + PBI_FLAGS),
        buf.getInt(offset + PBI_STATUS),
        buf.getInt(offset + PBI_PID),
        buf.getInt(offset + PBI_PPID),
        buf.getInt(offset + PBI_UID),
        buf.getInt(offset + PBI_GID),
        buf.getInt(offset + PBI_RUID),
        buf.getInt(offset + PBI_RGID),
        buf.getInt(offset + PBI_SVUID),
        buf.getInt(offset + PBI_SVGID),
        FixedLayout.cString(buf, offset + PBI_COMM, 16),
        FixedLayout.cString(buf, offset + PBI_NAME, 32),
        buf.getInt(offset + PBI_NICE),
        FixedLayout.u64(buf, offset + PBI_START_TVSEC, "pbi_start_tvsec"),
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
