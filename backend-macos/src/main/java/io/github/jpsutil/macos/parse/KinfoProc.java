package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * {@code struct kinfo_proc} from {@code sysctl(CTL_KERN, KERN_PROC, KERN_PROC_PID | KERN_PROC_ALL)}
 * (xnu {@code bsd/sys/sysctl.h}: {@code struct extern_proc kp_proc} ({@code sys/proc.h}) then
 * {@code struct eproc kp_eproc}; the same 648 bytes on x86_64 and arm64). psutil reads it for the
 * fields every user may see, zombies included ({@code arch/osx/proc.c}). Components are named after
 * the C members, except {@code status} (from {@code p_stat}, {@code p_flag} and {@code e_flag}),
 * {@code uids} and {@code gids} (the effective gid is {@code cr_groups[0]} as psutil takes it);
 * {@code tdev} is -1 (NODEV) without a terminal.
 */
public record KinfoProc(
    int pid,
    int ppid,
    String comm,
    ProcessStatus status,
    Uids uids,
    Gids gids,
    long startSeconds,
    int startMicros,
    int nice,
    int tdev) {

  /** The macOS ABIs; the layout is the same on both (LP64). */
  static final Set<Abi> MACOS = Set.of(Abi.MACOS_X86_64, Abi.MACOS_ARM64);

  public static final CStruct LAYOUT =
      CStruct.declare("struct kinfo_proc", 648, MACOS, "sys/types.h", "sys/sysctl.h");

  /** {@code sizeof(struct kinfo_proc)}: the stride of the {@code KERN_PROC_ALL} array. */
  public static final int SIZE = LAYOUT.size();

  /** {@code p_starttime} is xnu's macro for {@code p_un.__p_starttime}. */
  public static final CField P_STARTTIME_SEC =
      LAYOUT.field("kp_proc.p_starttime.tv_sec", 0, CType.INT64);

  /** {@code __darwin_suseconds_t}, a 4-byte int. */
  public static final CField P_STARTTIME_USEC =
      LAYOUT.field("kp_proc.p_starttime.tv_usec", 8, CType.INT32);

  public static final CField P_FLAG = LAYOUT.field("kp_proc.p_flag", 32, CType.INT32);
  public static final CField P_STAT = LAYOUT.field("kp_proc.p_stat", 36, CType.INT8);
  public static final CField P_PID = LAYOUT.field("kp_proc.p_pid", 40, CType.INT32);
  public static final CField P_NICE = LAYOUT.field("kp_proc.p_nice", 242, CType.INT8);

  /** {@code char p_comm[MAXCOMLEN + 1]}. */
  public static final CField P_COMM = LAYOUT.array("kp_proc.p_comm", 243, CType.CHAR_ARRAY, 17);

  public static final CField P_RUID = LAYOUT.field("kp_eproc.e_pcred.p_ruid", 392, CType.INT32);
  public static final CField P_SVUID = LAYOUT.field("kp_eproc.e_pcred.p_svuid", 396, CType.INT32);
  public static final CField P_RGID = LAYOUT.field("kp_eproc.e_pcred.p_rgid", 400, CType.INT32);
  public static final CField P_SVGID = LAYOUT.field("kp_eproc.e_pcred.p_svgid", 404, CType.INT32);
  public static final CField CR_UID = LAYOUT.field("kp_eproc.e_ucred.cr_uid", 420, CType.INT32);
  public static final CField CR_GROUPS =
      LAYOUT.field("kp_eproc.e_ucred.cr_groups[0]", 428, CType.INT32);
  public static final CField E_PPID = LAYOUT.field("kp_eproc.e_ppid", 560, CType.INT32);
  public static final CField E_TDEV = LAYOUT.field("kp_eproc.e_tdev", 572, CType.INT32);
  public static final CField E_FLAG = LAYOUT.field("kp_eproc.e_flag", 612, CType.INT32);

  /** {@code p_stat} values and {@code P_*} flags (xnu {@code bsd/sys/proc.h}). */
  static final int SIDL = 1, SRUN = 2, SSLEEP = 3, SSTOP = 4, SZOMB = 5;

  static final int P_PPWAIT = 0x10, P_SYSTEM = 0x200, P_WEXIT = 0x2000;

  /** {@code EPROC_SLEADER} (xnu {@code bsd/sys/sysctl.h}). */
  static final int EPROC_SLEADER = 0x02;

  /** Decodes the struct at {@code offset}. */
  public static KinfoProc decode(ByteBuffer buf, int offset) {
    LAYOUT.require(buf, offset);
    int usec = P_STARTTIME_USEC.i32(buf, offset);
    if (usec < 0 || usec >= 1_000_000) {
      throw P_STARTTIME_USEC.malformed("out of range: " + usec);
    }
    return new KinfoProc(
        P_PID.i32(buf, offset),
        E_PPID.i32(buf, offset),
        P_COMM.cString(buf, offset),
        status(P_STAT.i8(buf, offset), P_FLAG.i32(buf, offset), E_FLAG.i32(buf, offset)),
        // psutil puids and pgids: real, effective, saved.
        new Uids(
            P_RUID.i32(buf, offset),
            CR_UID.i32(buf, offset),
            OptionalInt.of(P_SVUID.i32(buf, offset))),
        new Gids(
            P_RGID.i32(buf, offset),
            CR_GROUPS.i32(buf, offset),
            OptionalInt.of(P_SVGID.i32(buf, offset))),
        P_STARTTIME_SEC.i64(buf, offset),
        usec,
        P_NICE.i8(buf, offset),
        E_TDEV.i32(buf, offset));
  }

  /** The array {@code KERN_PROC_ALL} returns; it must be a whole number of structs. */
  public static List<KinfoProc> decodeAll(ByteBuffer buf) {
    if (buf.limit() % SIZE != 0) {
      throw new MalformedDataException(
          "kinfo_proc array must be a multiple of " + SIZE + " bytes, got " + buf.limit());
    }
    return IntStream.range(0, buf.limit() / SIZE).mapToObj(i -> decode(buf, i * SIZE)).toList();
  }

  /** Creation time in seconds since the epoch ({@code PSUTIL_TV2DOUBLE(p_starttime)}). */
  public double createTime() {
    return startSeconds + startMicros / 1e6;
  }

  /**
   * psutil's status for macOS, where {@code p_stat} alone is unreliable (psutil gh-2675, {@code
   * convert_status}): zombie and stopped are taken as they are; system processes, processes exiting
   * and parents waiting in vfork count as idle; session leaders as sleeping; otherwise {@code
   * p_stat}.
   */
  private static ProcessStatus status(int stat, int flag, int eflag) {
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
}
