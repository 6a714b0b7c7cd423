package io.github.jpsutil.macos.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * {@code struct proc_taskallinfo { struct proc_bsdinfo pbsd; struct proc_taskinfo ptinfo; }} (xnu
 * {@code bsd/sys/proc_info.h}), from {@code proc_pidinfo(PROC_PIDTASKALLINFO)}. psutil reads only
 * the task part from it; the BSD part is what {@code kinfo_proc} already gives.
 */
public final class ProcTaskAllInfo {
  private ProcTaskAllInfo() {}

  public static final CStruct LAYOUT =
      CStruct.declare(
          "struct proc_taskallinfo", 232, KinfoProc.MACOS, "libproc.h", "sys/proc_info.h");

  /** {@code sizeof(struct proc_taskallinfo)}. */
  public static final int SIZE = LAYOUT.size();

  public static final CField PBSD = LAYOUT.array("pbsd", 0, CType.BYTES, 136);
  public static final CField PTINFO =
      LAYOUT.array("ptinfo", 136, CType.BYTES, ProcTaskInfo.LAYOUT.size());

  /** The {@code ptinfo} member of the struct at the start of {@code buf}. */
  public static ProcTaskInfo decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    return ProcTaskInfo.decode(buf, PTINFO.offset());
  }
}
