package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * {@code prusage_t} from {@code /proc/<pid>/usage} (illumos {@code sys/procfs.h}; 504 bytes on
 * LP64). Offsets: {@code id_t pr_lwpid} @0, {@code int pr_count} @4, then sixteen {@code
 * timestruc_t} from {@code pr_tstamp} @8 ({@code pr_utime} @72, {@code pr_stime} @88) and {@code
 * filltime[6]} @232, then {@code ulong_t pr_minf} @328, {@code pr_majf} @336, {@code
 * pr_nswap} @344, {@code pr_inblk} @352, {@code pr_oublk} @360, {@code pr_msnd} @368, {@code
 * pr_mrcv} @376, {@code pr_sigs} @384, {@code pr_vctx} @392, {@code pr_ictx} @400, {@code
 * pr_sysc} @408, {@code pr_ioch} @416, {@code filler[10]} @424.
 *
 * @param userSeconds {@code pr_utime}
 * @param systemSeconds {@code pr_stime}
 * @param minorFaults {@code pr_minf}
 * @param majorFaults {@code pr_majf}
 * @param voluntarySwitches {@code pr_vctx}
 * @param involuntarySwitches {@code pr_ictx}
 */
public record PrUsage(
    double userSeconds,
    double systemSeconds,
    long minorFaults,
    long majorFaults,
    long voluntarySwitches,
    long involuntarySwitches) {

  /** {@code sizeof(prusage_t)} on LP64. */
  public static final int SIZE = 504;

  static final int PR_UTIME = 72;
  static final int PR_STIME = 88;
  static final int PR_MINF = 328;
  static final int PR_MAJF = 336;
  static final int PR_VCTX = 392;
  static final int PR_ICTX = 400;

  /** Decodes the struct at the start of {@code buf}. */
  public static PrUsage decode(ByteBuffer buf) {
    FixedLayout.require(buf, 0, SIZE, "prusage_t");
    return new PrUsage(
        Timestruc.seconds(buf, PR_UTIME, "pr_utime"),
        Timestruc.seconds(buf, PR_STIME, "pr_stime"),
        FixedLayout.u64(buf, PR_MINF, "pr_minf"),
        FixedLayout.u64(buf, PR_MAJF, "pr_majf"),
        FixedLayout.u64(buf, PR_VCTX, "pr_vctx"),
        FixedLayout.u64(buf, PR_ICTX, "pr_ictx"));
  }

  /** psutil {@code page_faults()}: {@code pr_minf}, {@code pr_majf}. */
  public PageFaults pageFaults() {
    return new PageFaults(minorFaults, majorFaults);
  }

  /** psutil {@code num_ctx_switches()}: {@code pr_vctx}, {@code pr_ictx}. */
  public CtxSwitches ctxSwitches() {
    return new CtxSwitches(voluntarySwitches, involuntarySwitches);
  }
}
