package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * {@code struct vmtotal} from {@code vm.vmtotal} (FreeBSD 12+ {@code sys/sys/vmmeter.h}: page
 * counts as {@code uint64_t}).
 *
 * @param sharedVirtual {@code t_vmshr}, pages
 * @param sharedReal {@code t_rmshr}, pages
 */
public record VmTotal(long sharedVirtual, long sharedReal) {
  public static final CStruct LAYOUT =
      CStruct.declare("struct vmtotal", 88, Timeval.AMD64, "sys/vmmeter.h");
  public static final CField T_VMSHR = LAYOUT.field("t_vmshr", 32, CType.UINT64);
  public static final CField T_RMSHR = LAYOUT.field("t_rmshr", 48, CType.UINT64);

  public static VmTotal decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    return new VmTotal(T_VMSHR.u64(buf), T_RMSHR.u64(buf));
  }
}
