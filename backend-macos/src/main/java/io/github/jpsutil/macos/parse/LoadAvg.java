package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * {@code struct loadavg} from {@code sysctl vm.loadavg} (xnu {@code bsd/sys/resource.h}). Each
 * average is {@code ldavg[i] / fscale}, which is what {@code getloadavg(3)} (and so psutil's {@code
 * os.getloadavg()}) returns.
 */
public final class LoadAvg {
  private LoadAvg() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct loadavg", 24, KinfoProc.MACOS, "sys/types.h", "sys/sysctl.h");

  /** {@code fixpt_t} is {@code u_int32_t}. */
  public static final CField LDAVG_1 = LAYOUT.field("ldavg[0]", 0, CType.UINT32);

  public static final CField LDAVG_5 = LAYOUT.field("ldavg[1]", 4, CType.UINT32);
  public static final CField LDAVG_15 = LAYOUT.field("ldavg[2]", 8, CType.UINT32);
  public static final CField FSCALE = LAYOUT.field("fscale", 16, CType.INT64);

  /** Decodes the struct at the start of {@code buf}. */
  public static LoadAverage decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    long scale = FSCALE.i64(buf);
    if (scale <= 0) {
      throw FSCALE.malformed("must be > 0, got " + scale);
    }
    double s = scale;
    return new LoadAverage(LDAVG_1.u32(buf) / s, LDAVG_5.u32(buf) / s, LDAVG_15.u32(buf) / s);
  }
}
