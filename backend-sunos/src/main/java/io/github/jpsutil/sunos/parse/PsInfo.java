package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.EnumWords;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code psinfo_t} from {@code /proc/<pid>/psinfo} (illumos {@code sys/procfs.h}), with its
 * embedded {@code lwpsinfo_t pr_lwp} (the representative lwp). Components are the members of the
 * same name, except {@code ids}: {@code pr_uid}, {@code pr_euid}, {@code pr_gid}, {@code pr_egid},
 * with the saved ids unknown (psutil's fallback when {@code cred} is denied); sizes are in KB,
 * {@code ttydev} is {@code PRNODEV} (-1) without a terminal, {@code dataModel} is 1 for ILP32 and 2
 * for LP64 ({@code sys/procfs_isa.h}), {@code state} is {@code pr_lwp.pr_state} ({@code sys/proc.h}
 * SSLEEP 1 … SWAIT 7) and {@code lwpNice} {@code pr_lwp.pr_nice} (0..39, {@code NZERO} = 20 is nice
 * 0).
 */
public record PsInfo(
    int nlwp,
    int pid,
    int ppid,
    PrCred ids,
    long sizeKb,
    long rssKb,
    long ttydev,
    double createTime,
    String fname,
    String psargs,
    int argc,
    long argv,
    long envp,
    int dataModel,
    int state,
    int lwpNice) {

  public static final CStruct LAYOUT = Timestruc.declare("psinfo_t", 416, "sys/procfs.h");
  public static final CField PR_NLWP = LAYOUT.field("pr_nlwp", 4, CType.INT32);
  public static final CField PR_PID = LAYOUT.field("pr_pid", 8, CType.INT32);
  public static final CField PR_PPID = LAYOUT.field("pr_ppid", 12, CType.INT32);
  public static final CField PR_UID = LAYOUT.field("pr_uid", 24, CType.UINT32);
  public static final CField PR_EUID = LAYOUT.field("pr_euid", 28, CType.UINT32);
  public static final CField PR_GID = LAYOUT.field("pr_gid", 32, CType.UINT32);
  public static final CField PR_EGID = LAYOUT.field("pr_egid", 36, CType.UINT32);
  public static final CField PR_SIZE = LAYOUT.field("pr_size", 48, CType.UINT64);
  public static final CField PR_RSSIZE = LAYOUT.field("pr_rssize", 56, CType.UINT64);
  public static final CField PR_TTYDEV = LAYOUT.field("pr_ttydev", 72, CType.INT64);
  public static final CField PR_START = LAYOUT.array("pr_start", 88, CType.BYTES, 16);
  public static final CField PR_FNAME = LAYOUT.array("pr_fname", 136, CType.CHAR_ARRAY, 16);
  public static final CField PR_PSARGS = LAYOUT.array("pr_psargs", 152, CType.CHAR_ARRAY, 80);
  public static final CField PR_ARGC = LAYOUT.field("pr_argc", 236, CType.INT32);
  public static final CField PR_ARGV = LAYOUT.field("pr_argv", 240, CType.POINTER);
  public static final CField PR_ENVP = LAYOUT.field("pr_envp", 248, CType.POINTER);
  public static final CField PR_DMODEL = LAYOUT.field("pr_dmodel", 256, CType.INT8);
  public static final CField PR_STATE = LAYOUT.field("pr_lwp.pr_state", 313, CType.INT8);
  public static final CField PR_NICE = LAYOUT.field("pr_lwp.pr_nice", 315, CType.INT8);

  /**
   * By {@code pr_state}, {@code sys/proc.h}: SSLEEP 1, SRUN 2, SZOMB 3, SSTOP 4, SIDL 5, SONPROC 6,
   * SWAIT 7 (0 is no state).
   */
  private static final List<ProcessStatus> STATUSES =
      EnumWords.of(
          ProcessStatus.class, "UNKNOWN SLEEPING RUNNING ZOMBIE STOPPED IDLE RUNNING WAITING");

  /** {@code NZERO} on illumos ({@code sys/param.h}). */
  static final int NZERO = 20;

  /** Decodes the struct at the start of {@code buf}. */
  public static PsInfo decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    int nlwp = PR_NLWP.i32(buf);
    int argc = PR_ARGC.i32(buf);
    if (nlwp < 0 || argc < 0) {
      throw LAYOUT.malformed("has a negative pr_nlwp " + nlwp + " or pr_argc " + argc);
    }
    return new PsInfo(
        nlwp,
        PR_PID.i32(buf),
        PR_PPID.i32(buf),
        new PrCred(
            new Uids(PrCred.id(buf, PR_UID), PrCred.id(buf, PR_EUID), OptionalInt.empty()),
            new Gids(PrCred.id(buf, PR_GID), PrCred.id(buf, PR_EGID), OptionalInt.empty())),
        PR_SIZE.u64(buf),
        PR_RSSIZE.u64(buf),
        PR_TTYDEV.i64(buf),
        Timestruc.seconds(buf, PR_START),
        PR_FNAME.cString(buf),
        PR_PSARGS.cString(buf),
        argc,
        PR_ARGV.pointer(buf, 0),
        PR_ENVP.pointer(buf, 0),
        PR_DMODEL.i8(buf),
        PR_STATE.i8(buf),
        PR_NICE.i8(buf));
  }

  /**
   * psutil's {@code PROC_STATUSES} for SunOS, from {@code pr_lwp.pr_state}: SONPROC counts as
   * running; an unknown code is {@code '?'}.
   */
  public ProcessStatus status() {
    return state >= 0 && state < STATUSES.size() ? STATUSES.get(state) : ProcessStatus.UNKNOWN;
  }

  /** psutil {@code pmem} on SunOS: {@code pr_rssize} and {@code pr_size}, KB × 1024. */
  public MemoryInfo.Basic memoryInfo() {
    return new MemoryInfo.Basic(
        Math.multiplyExact(rssKb, 1024L), Math.multiplyExact(sizeKb, 1024L));
  }

  /** psutil: {@code pr_lwp.pr_nice − NZERO} (what ps shows; getpriority fails for RT classes). */
  public int nice() {
    return lwpNice - NZERO;
  }

  /**
   * psutil's fallback cmdline when the address space cannot be read: {@code pr_psargs} split on
   * single spaces exactly as Python's {@code str.split(" ")} (runs of spaces give empty strings).
   */
  public List<String> psargsSplit() {
    return Arrays.asList(psargs.split(" ", -1));
  }

  /** Bytes per pointer in the process: 4 for a 32-bit process, 8 for a 64-bit one. */
  public int pointerSize() {
    return switch (dataModel) {
      case 1 -> 4;
      case 2 -> 8;
      default -> throw PR_DMODEL.malformed("is unknown: " + dataModel);
    };
  }
}
