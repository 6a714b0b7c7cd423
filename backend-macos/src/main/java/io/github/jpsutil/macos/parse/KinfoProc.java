package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code struct kinfo_proc} from {@code sysctl(CTL_KERN, KERN_PROC, KERN_PROC_PID | KERN_PROC_ALL)}
 * (xnu {@code bsd/sys/sysctl.h}: {@code struct extern_proc kp_proc} then {@code struct eproc
 * kp_eproc}; 648 bytes on LP64). psutil reads it for the fields every user may see, zombies
 * included ({@code arch/osx/proc.c}, {@code psutil_proc_oneshot_kinfo}).
 *
 * <p>Offsets (LP64). {@code extern_proc} (xnu {@code bsd/sys/proc.h}): {@code p_un.__p_starttime}
 * {@code struct timeval} @0 ({@code tv_sec} 8 bytes, {@code tv_usec} 4), {@code int p_flag} @32,
 * {@code char p_stat} @36, {@code pid_t p_pid} @40, {@code char p_nice} @242, {@code char
 * p_comm[MAXCOMLEN + 1]} @243 (17 bytes); 296 bytes. {@code eproc} starts at 296: {@code struct
 * _pcred e_pcred} at +16 ({@code p_ruid} +96, {@code p_svuid} +100, {@code p_rgid} +104, {@code
 * p_svgid} +108), {@code struct _ucred e_ucred} at +120 ({@code cr_uid} +124, {@code cr_groups[0]}
 * +132), {@code pid_t e_ppid} +264, {@code dev_t e_tdev} +276, {@code int32_t e_flag} +316.
 *
 * @param pid {@code p_pid}
 * @param ppid {@code e_ppid}
 * @param comm {@code p_comm}, at most 16 characters
 * @param stat {@code p_stat}: SIDL 1, SRUN 2, SSLEEP 3, SSTOP 4, SZOMB 5
 * @param flag {@code p_flag} (P_* flags)
 * @param eflag {@code e_flag} (EPROC_* flags)
 * @param ruid real uid ({@code e_pcred.p_ruid})
 * @param euid effective uid ({@code e_ucred.cr_uid})
 * @param svuid saved uid ({@code e_pcred.p_svuid})
 * @param rgid real gid ({@code e_pcred.p_rgid})
 * @param egid effective gid ({@code e_ucred.cr_groups[0]}, as psutil)
 * @param svgid saved gid ({@code e_pcred.p_svgid})
 * @param startSeconds {@code p_starttime.tv_sec}
 * @param startMicros {@code p_starttime.tv_usec}
 * @param nice {@code p_nice}
 * @param tdev {@code e_tdev}, -1 (NODEV) without a terminal
 */
public record KinfoProc(
    int pid,
    int ppid,
    String comm,
    int stat,
    int flag,
    int eflag,
    int ruid,
    int euid,
    int svuid,
    int rgid,
    int egid,
    int svgid,
    long startSeconds,
    int startMicros,
    int nice,
    int tdev) {

  /** {@code sizeof(struct kinfo_proc)} on LP64 macOS. */
  public static final int SIZE = 648;

  static final int P_STARTTIME_SEC = 0;
  static final int P_STARTTIME_USEC = 8;
  static final int P_FLAG = 32;
  static final int P_STAT = 36;
  static final int P_PID = 40;
  static final int P_NICE = 242;
  static final int P_COMM = 243;
  static final int P_COMM_LENGTH = 17;
  static final int EPROC = 296;
  static final int P_RUID = EPROC + 96;
  static final int P_SVUID = EPROC + 100;
  static final int P_RGID = EPROC + 104;
  static final int P_SVGID = EPROC + 108;
  static final int CR_UID = EPROC + 124;
  static final int CR_GROUPS = EPROC + 132;
  static final int E_PPID = EPROC + 264;
  static final int E_TDEV = EPROC + 276;
  static final int E_FLAG = EPROC + 316;

  static final int SIDL = 1;
  static final int SRUN = 2;
  static final int SSLEEP = 3;
  static final int SSTOP = 4;
  static final int SZOMB = 5;

  /** {@code P_PPWAIT}, {@code P_SYSTEM}, {@code P_WEXIT} (xnu {@code bsd/sys/proc.h}). */
  static final int P_PPWAIT = 0x10;

  static final int P_SYSTEM = 0x200;
  static final int P_WEXIT = 0x2000;

  /** {@code EPROC_SLEADER} (xnu {@code bsd/sys/sysctl.h}). */
  static final int EPROC_SLEADER = 0x02;

  /** Decodes the struct at {@code offset}. */
  public static KinfoProc decode(ByteBuffer buf, int offset) {
    FixedLayout.require(buf, offset, SIZE, "kinfo_proc");
    long usec = buf.getInt(offset + P_STARTTIME_USEC);
    if (usec < 0 || usec >= 1_000_000) {
      throw new IllegalArgumentException("kinfo_proc p_starttime.tv_usec out of range: " + usec);
    }
    return new KinfoProc(
        buf.getInt(offset + P_PID),
        buf.getInt(offset + E_PPID),
        FixedLayout.cString(buf, offset + P_COMM, P_COMM_LENGTH),
        buf.get(offset + P_STAT),
        buf.getInt(offset + P_FLAG),
        buf.getInt(offset + E_FLAG),
        buf.getInt(offset + P_RUID),
        buf.getInt(offset + CR_UID),
        buf.getInt(offset + P_SVUID),
        buf.getInt(offset + P_RGID),
        buf.getInt(offset + CR_GROUPS),
        buf.getInt(offset + P_SVGID),
        buf.getLong(offset + P_STARTTIME_SEC),
        (int) usec,
        buf.get(offset + P_NICE),
        buf.getInt(offset + E_TDEV));
  }

  /**
   * The array {@code KERN_PROC_ALL} returns.
   *
   * @throws IllegalArgumentException if the buffer is not a whole number of structs
   */
  public static List<KinfoProc> decodeAll(ByteBuffer buf) {
    if (buf.limit() % SIZE != 0) {
      throw new IllegalArgumentException(
          "kinfo_proc array must be a multiple of " + SIZE + " bytes, got " + buf.limit());
    }
    List<KinfoProc> out = new ArrayList<>(buf.limit() / SIZE);
    for (int off = 0; off < buf.limit(); off += SIZE) {
      out.add(decode(buf, off));
    }
    return List.copyOf(out);
  }

  /** Creation time in seconds since the epoch ({@code PSUTIL_TV2DOUBLE(p_starttime)}). */
  public double createTime() {
    return startSeconds + startMicros / 1e6;
  }

  /**
   * psutil's status for macOS, where {@code p_stat} alone is unreliable (psutil issue 2675, {@code
   * convert_status}): zombie and stopped are taken as they are; system processes, processes exiting
   * and parents waiting in vfork count as idle; session leaders as sleeping; otherwise {@code
   * p_stat}.
   */
  public ProcessStatus status() {
    if (stat == SZOMB) {
      return ProcessStatus.ZOMBIE;
    }
    if (stat == SSTOP) {
      return ProcessStatus.STOPPED;
    }
    if ((flag & (P_SYSTEM | P_WEXIT | P_PPWAIT)) != 0) {
      return ProcessStatus.IDLE;
    }
    if ((eflag & EPROC_SLEADER) != 0) {
      return ProcessStatus.SLEEPING;
    }
    return switch (stat) {
      case SIDL -> ProcessStatus.IDLE;
      case SRUN -> ProcessStatus.RUNNING;
      case SSLEEP -> ProcessStatus.SLEEPING;
      default -> ProcessStatus.UNKNOWN;
    };
  }

  /** psutil {@code puids}: real, effective, saved. */
  public Uids uids() {
    return new Uids(ruid, euid, OptionalInt.of(svuid));
  }

  /** psutil {@code pgids}: real, effective ({@code cr_groups[0]}), saved. */
  public Gids gids() {
    return new Gids(rgid, egid, OptionalInt.of(svgid));
  }
}
