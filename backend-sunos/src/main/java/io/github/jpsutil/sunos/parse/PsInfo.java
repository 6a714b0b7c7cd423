package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * {@code psinfo_t} from {@code /proc/<pid>/psinfo} (illumos {@code sys/procfs.h}; 416 bytes on
 * LP64). Offsets: {@code int pr_flag} @0, {@code pr_nlwp} @4, {@code pid_t pr_pid} @8, {@code
 * pr_ppid} @12, {@code pr_pgid} @16, {@code pr_sid} @20, {@code uid_t pr_uid} @24, {@code
 * pr_euid} @28, {@code gid_t pr_gid} @32, {@code pr_egid} @36, {@code uintptr_t pr_addr} @40,
 * {@code size_t pr_size} @48 (KB), {@code pr_rssize} @56 (KB), {@code pr_pad1} @64, {@code dev_t
 * pr_ttydev} @72, {@code ushort_t pr_pctcpu} @80, {@code pr_pctmem} @82, {@code timestruc_t
 * pr_start} @88, {@code pr_time} @104, {@code pr_ctime} @120, {@code char
 * pr_fname[PRFNSZ=16]} @136, {@code char pr_psargs[PRARGSZ=80]} @152, {@code int pr_wstat} @232,
 * {@code pr_argc} @236, {@code uintptr_t pr_argv} @240, {@code pr_envp} @248, {@code char
 * pr_dmodel} @256, {@code taskid_t pr_taskid} @260, {@code projid_t pr_projid} @264, {@code
 * pr_nzomb} @268, {@code pr_poolid} @272, {@code pr_zoneid} @276, {@code pr_contract} @280, {@code
 * pr_filler[1]} @284, {@code lwpsinfo_t pr_lwp} @288 (128 bytes: {@code char pr_state} +25, {@code
 * pr_sname} +26, {@code pr_nice} +27, {@code processorid_t pr_onpro} +96).
 *
 * @param nlwp {@code pr_nlwp}, live threads
 * @param pid {@code pr_pid}
 * @param ppid {@code pr_ppid}
 * @param uid real uid
 * @param euid effective uid
 * @param gid real gid
 * @param egid effective gid
 * @param sizeKb {@code pr_size}, the image size in KB
 * @param rssKb {@code pr_rssize}, KB
 * @param startSeconds {@code pr_start.tv_sec}, seconds since the epoch
 * @param startNanos {@code pr_start.tv_nsec}
 * @param fname {@code pr_fname}, the executable's name (at most 15 characters)
 * @param psargs {@code pr_psargs}, the first 80 characters of the arguments
 * @param argc {@code pr_argc}
 * @param argv {@code pr_argv}, address of the argument vector in the process
 * @param dataModel {@code pr_dmodel}: 1 ILP32, 2 LP64 ({@code sys/procfs_isa.h})
 * @param state {@code pr_lwp.pr_state} ({@code sys/proc.h} SSLEEP 1 … SWAIT 7)
 * @param sname {@code pr_lwp.pr_sname}, the state letter
 * @param lwpNice {@code pr_lwp.pr_nice}, 0..39 ({@code NZERO} = 20 is nice 0)
 * @param onpro {@code pr_lwp.pr_onpro}
 */
public record PsInfo(
    int nlwp,
    int pid,
    int ppid,
    int uid,
    int euid,
    int gid,
    int egid,
    long sizeKb,
    long rssKb,
    long startSeconds,
    long startNanos,
    String fname,
    String psargs,
    int argc,
    long argv,
    int dataModel,
    int state,
    char sname,
    int lwpNice,
    int onpro) {

  /** {@code sizeof(psinfo_t)} on LP64. */
  public static final int SIZE = 416;

  static final int PR_NLWP = 4;
  static final int PR_PID = 8;
  static final int PR_PPID = 12;
  static final int PR_UID = 24;
  static final int PR_EUID = 28;
  static final int PR_GID = 32;
  static final int PR_EGID = 36;
  static final int PR_SIZE = 48;
  static final int PR_RSSIZE = 56;
  static final int PR_START = 88;
  static final int PR_FNAME = 136;
  static final int PR_PSARGS = 152;
  static final int PR_ARGC = 236;
  static final int PR_ARGV = 240;
  static final int PR_DMODEL = 256;
  static final int PR_LWP = 288;
  static final int LWP_STATE = PR_LWP + 25;
  static final int LWP_SNAME = PR_LWP + 26;
  static final int LWP_NICE = PR_LWP + 27;
  static final int LWP_ONPRO = PR_LWP + 96;

  /** {@code NZERO} on illumos ({@code sys/param.h}). */
  static final int NZERO = 20;

  static final int PR_MODEL_ILP32 = 1;
  static final int PR_MODEL_LP64 = 2;

  /** Decodes the struct at the start of {@code buf}. */
  public static PsInfo decode(ByteBuffer buf) {
    FixedLayout.require(buf, 0, SIZE, "psinfo_t");
    int nlwp = buf.getInt(PR_NLWP);
    int argc = buf.getInt(PR_ARGC);
    if (nlwp < 0 || argc < 0) {
      throw new MalformedDataException(
          "psinfo_t: negative pr_nlwp " + nlwp + " or pr_argc " + argc);
    }
    return new PsInfo(
        nlwp,
        buf.getInt(PR_PID),
        buf.getInt(PR_PPID),
        buf.getInt(PR_UID),
        buf.getInt(PR_EUID),
        buf.getInt(PR_GID),
        buf.getInt(PR_EGID),
        FixedLayout.u64(buf, PR_SIZE, "pr_size"),
        FixedLayout.u64(buf, PR_RSSIZE, "pr_rssize"),
        startSeconds(buf),
        buf.getLong(PR_START + 8),
        FixedLayout.cString(buf, PR_FNAME, 16),
        FixedLayout.cString(buf, PR_PSARGS, 80),
        argc,
        buf.getLong(PR_ARGV),
        buf.get(PR_DMODEL),
        buf.get(LWP_STATE),
        (char) (buf.get(LWP_SNAME) & 0xFF),
        buf.get(LWP_NICE),
        buf.getInt(LWP_ONPRO));
  }

  private static long startSeconds(ByteBuffer buf) {
    Timestruc.seconds(buf, PR_START, "pr_start"); // range checks
    return buf.getLong(PR_START);
  }

  /** Creation time, seconds since the epoch ({@code PSUTIL_TV2DOUBLE(pr_start)}). */
  public double createTime() {
    return startSeconds + startNanos / 1e9;
  }

  /**
   * psutil's {@code PROC_STATUSES} for SunOS, from {@code pr_lwp.pr_state}: SONPROC counts as
   * running; an unknown code is {@code '?'}.
   */
  public ProcessStatus status() {
    return switch (state) {
      case 1 -> ProcessStatus.SLEEPING;
      case 2, 6 -> ProcessStatus.RUNNING;
      case 3 -> ProcessStatus.ZOMBIE;
      case 4 -> ProcessStatus.STOPPED;
      case 5 -> ProcessStatus.IDLE;
      case 7 -> ProcessStatus.WAITING;
      default -> ProcessStatus.UNKNOWN;
    };
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
   * single spaces exactly as Python's {@code str.split(" ")} (so runs of spaces give empty
   * strings).
   */
  public List<String> psargsSplit() {
    return Arrays.asList(psargs.split(" ", -1));
  }

  /** Bytes per pointer in the process: 4 for a 32-bit process, 8 for a 64-bit one. */
  public int pointerSize() {
    return switch (dataModel) {
      case PR_MODEL_ILP32 -> 4;
      case PR_MODEL_LP64 -> 8;
      default -> throw new MalformedDataException("psinfo_t: unknown pr_dmodel " + dataModel);
    };
  }
}
