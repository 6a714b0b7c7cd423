package io.github.jpsutil.macos.parse;

import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * {@code struct proc_taskallinfo { struct proc_bsdinfo pbsd; struct proc_taskinfo ptinfo; }} (xnu
 * {@code bsd/sys/proc_info.h}), from {@code proc_pidinfo} flavor {@code PROC_PIDTASKALLINFO = 2}:
 * {@link ProcBsdInfo} @0 (136 bytes), {@link ProcTaskInfo} @136 (96 bytes); 232 bytes.
 *
 * @param bsd the BSD process part
 * @param task the Mach task part
 */
public record ProcTaskAllInfo(ProcBsdInfo bsd, ProcTaskInfo task) {

  /** {@code sizeof(struct proc_taskallinfo)}. */
  public static final int SIZE = ProcBsdInfo.SIZE + ProcTaskInfo.SIZE;

  /** Decodes the struct at the start of {@code buf}. */
  public static ProcTaskAllInfo decode(ByteBuffer buf) {
    FixedLayout.require(buf, 0, SIZE, "proc_taskallinfo");
    return new ProcTaskAllInfo(
        ProcBsdInfo.decode(buf, 0), ProcTaskInfo.decode(buf, ProcBsdInfo.SIZE));
  }
}
