package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * {@code struct loadavg} from {@code vm.loadavg} ({@code sys/sys/resource.h}): each average is
 * {@code ldavg[i] / fscale}, what {@code getloadavg(3)} (so psutil's {@code os.getloadavg()})
 * gives.
 */
public final class LoadAvg {
  private LoadAvg() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct loadavg", 24, Timeval.AMD64, "sys/resource.h");
  public static final CField LDAVG0 = LAYOUT.field("ldavg[0]", 0, CType.UINT32);
  public static final CField LDAVG1 = LAYOUT.field("ldavg[1]", 4, CType.UINT32);
  public static final CField LDAVG2 = LAYOUT.field("ldavg[2]", 8, CType.UINT32);
  public static final CField FSCALE = LAYOUT.field("fscale", 16, CType.INT64);

  public static LoadAverage decode(ByteBuffer buf) {
    LAYOUT.require(buf);
    double scale = FSCALE.i64(buf);
    if (scale <= 0) {
      throw FSCALE.malformed("must be > 0, got " + scale);
    }
    return new LoadAverage(
        LDAVG0.u32(buf) / scale, LDAVG1.u32(buf) / scale, LDAVG2.u32(buf) / scale);
  }
}
