package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * {@code struct vmtotal} from {@code sysctl(CTL_VM, VM_TOTAL)} (FreeBSD 12+ {@code
 * sys/sys/vmmeter.h}, counts in pages as {@code uint64_t}): {@code t_vm} @0, {@code t_avm} @8,
 * {@code t_rm} @16, {@code t_arm} @24, {@code t_vmshr} @32, {@code t_avmshr} @40, {@code
 * t_rmshr} @48, {@code t_armshr} @56, {@code t_free} @64, then five {@code int16_t} run-queue
 * counts and padding; 88 bytes.
 *
 * @param sharedVirtual {@code t_vmshr}, pages
 * @param sharedReal {@code t_rmshr}, pages
 */
public record VmTotal(long sharedVirtual, long sharedReal) {

  /** {@code sizeof(struct vmtotal)}. */
  public static final int SIZE = 88;

  static final int T_VMSHR = 32;
  static final int T_RMSHR = 48;

  /** Decodes the struct at the start of {@code buf}. */
  public static VmTotal decode(ByteBuffer buf) {
    FixedLayout.require(buf, 0, SIZE, "vmtotal");
    return new VmTotal(
        FixedLayout.u64(buf, T_VMSHR, "t_vmshr"), FixedLayout.u64(buf, T_RMSHR, "t_rmshr"));
  }
}
