package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * {@code prusage_t} from {@code /proc/<pid>/usage} and {@code /proc/<pid>/lwp/<lwpid>/lwpusage}
 * (illumos {@code sys/procfs.h}).
 *
 * @param userSeconds {@code pr_utime}
 * @param systemSeconds {@code pr_stime}
 * @param pageFaults psutil {@code page_faults()}: {@code pr_minf}, {@code pr_majf}
 * @param ctxSwitches psutil {@code num_ctx_switches()}: {@code pr_vctx}, {@code pr_ictx}
 */
public record PrUsage(
    double userSeconds, double systemSeconds, PageFaults pageFaults, CtxSwitches ctxSwitches) {

  public static final CStruct LAYOUT = Timestruc.declare("prusage_t", 504, "sys/procfs.h");
  public static final CField PR_UTIME = LAYOUT.array("pr_utime", 72, CType.BYTES, 16);
  public static final CField PR_STIME = LAYOUT.array("pr_stime", 88, CType.BYTES, 16);
  public static final CField PR_MINF = LAYOUT.field("pr_minf", 328, CType.UINT64);
  public static final CField PR_MAJF = LAYOUT.field("pr_majf", 336, CType.UINT64);
  public static final CField PR_VCTX = LAYOUT.field("pr_vctx", 392, CType.UINT64);
  public static final CField PR_ICTX = LAYOUT.field("pr_ictx", 400, CType.UINT64);

  /** Decodes the struct at the start of {@code buf}. */
  public static PrUsage decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    return new PrUsage(
        Timestruc.seconds(buf, PR_UTIME),
        Timestruc.seconds(buf, PR_STIME),
        new PageFaults(PR_MINF.u64(buf), PR_MAJF.u64(buf)),
        new CtxSwitches(PR_VCTX.u64(buf), PR_ICTX.u64(buf)));
  }
}
