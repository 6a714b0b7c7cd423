package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * {@code pstatus_t} from {@code /proc/<pid>/status} (illumos {@code sys/procfs.h}), 1680 bytes: the
 * process-wide fields psutil reads, then the representative {@code lwpstatus_t pr_lwp} at 384.
 */
public final class PStatus {
  private PStatus() {}

  public static final CStruct LAYOUT = Timestruc.declare("pstatus_t", 1680, "sys/procfs.h");
  public static final CField PR_BRKBASE = LAYOUT.field("pr_brkbase", 48, CType.POINTER);
  public static final CField PR_BRKSIZE = LAYOUT.field("pr_brksize", 56, CType.UINT64);
  public static final CField PR_STKBASE = LAYOUT.field("pr_stkbase", 64, CType.POINTER);
  public static final CField PR_STKSIZE = LAYOUT.field("pr_stksize", 72, CType.UINT64);
  public static final CField PR_UTIME = LAYOUT.array("pr_utime", 80, CType.BYTES, 16);
  public static final CField PR_STIME = LAYOUT.array("pr_stime", 96, CType.BYTES, 16);
  public static final CField PR_CUTIME = LAYOUT.array("pr_cutime", 112, CType.BYTES, 16);
  public static final CField PR_CSTIME = LAYOUT.array("pr_cstime", 128, CType.BYTES, 16);

  /** psutil {@code pcputimes}: user, system, children's user, children's system, seconds. */
  public static ProcessCpuTimes cpuTimes(ByteBuffer buf) {
    LAYOUT.require(buf);
    return new ProcessCpuTimes.Basic(
        Timestruc.seconds(buf, PR_UTIME),
        Timestruc.seconds(buf, PR_STIME),
        Timestruc.seconds(buf, PR_CUTIME),
        Timestruc.seconds(buf, PR_CSTIME));
  }

  /**
   * The heap and stack of a process ({@code pr_brkbase} … {@code pr_stksize}), addresses, bytes.
   */
  public record Segments(long brkBase, long brkSize, long stackBase, long stackSize) {}

  public static Segments segments(ByteBuffer buf) {
    LAYOUT.require(buf);
    return new Segments(
        PR_BRKBASE.pointer(buf, 0),
        PR_BRKSIZE.u64(buf),
        PR_STKBASE.pointer(buf, 0),
        PR_STKSIZE.u64(buf));
  }
}
