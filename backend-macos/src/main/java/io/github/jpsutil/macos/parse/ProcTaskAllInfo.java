package io.github.jpsutil.macos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * {@code struct proc_taskallinfo { struct proc_bsdinfo pbsd; struct proc_taskinfo ptinfo; }} (xnu
 * {@code bsd/sys/proc_info.h}), from {@code proc_pidinfo} flavor {@code PROC_PIDTASKALLINFO = 2}.
 *
 * @param bsd the BSD process part
 * @param task the Mach task part
 */
public record ProcTaskAllInfo(ProcBsdInfo bsd, ProcTaskInfo task) {

  public static final CStruct LAYOUT =
      CStruct.declare(
          "struct proc_taskallinfo", 232, KinfoProc.MACOS, "libproc.h", "sys/proc_info.h");

  /** {@code sizeof(struct proc_taskallinfo)}. */
  public static final int SIZE = LAYOUT.size();

  public static final CField PBSD = LAYOUT.array("pbsd", 0, CType.BYTES, ProcBsdInfo.LAYOUT.size());
  public static final CField PTINFO =
      LAYOUT.array("ptinfo", 136, CType.BYTES, ProcTaskInfo.LAYOUT.size());

  /** Decodes the struct at the start of {@code buf}. */
  public static ProcTaskAllInfo decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    return new ProcTaskAllInfo(
        ProcBsdInfo.decode(buf, PBSD.offset()), ProcTaskInfo.decode(buf, PTINFO.offset()));
  }
}
