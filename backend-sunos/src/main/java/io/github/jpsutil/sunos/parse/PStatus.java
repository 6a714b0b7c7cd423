package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * {@code pstatus_t} from {@code /proc/<pid>/status} (illumos {@code sys/procfs.h}), the part psutil
 * reads for {@code cpu_times()}. LP64 offsets: {@code int pr_flags} @0, {@code pr_nlwp} @4, {@code
 * pid_t pr_pid} @8, {@code pr_ppid} @12, {@code pr_pgid} @16, {@code pr_sid} @20, {@code id_t
 * pr_aslwpid} @24, {@code pr_agentid} @28, {@code sigset_t pr_sigpend} @32 (16 bytes), {@code
 * uintptr_t pr_brkbase} @48, {@code size_t pr_brksize} @56, {@code uintptr_t pr_stkbase} @64,
 * {@code size_t pr_stksize} @72, {@code timestruc_t pr_utime} @80, {@code pr_stime} @96, {@code
 * pr_cutime} @112, {@code pr_cstime} @128. The struct continues (traced sets, the representative
 * lwp's status) to well over a kilobyte; only these 144 bytes are needed.
 */
public final class PStatus {
  private PStatus() {}

  /** Bytes this decoder needs from the start of the file. */
  public static final int NEEDED = 144;

  static final int PR_UTIME = 80;
  static final int PR_STIME = 96;
  static final int PR_CUTIME = 112;
  static final int PR_CSTIME = 128;

  /** psutil {@code pcputimes}: user, system, children's user, children's system, seconds. */
  public static ProcessCpuTimes cpuTimes(ByteBuffer buf) {
    FixedLayout.require(buf, 0, NEEDED, "pstatus_t");
    return new ProcessCpuTimes.Basic(
        Timestruc.seconds(buf, PR_UTIME, "pr_utime"),
        Timestruc.seconds(buf, PR_STIME, "pr_stime"),
        Timestruc.seconds(buf, PR_CUTIME, "pr_cutime"),
        Timestruc.seconds(buf, PR_CSTIME, "pr_cstime"));
  }
}
