package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * {@code struct loadavg} from {@code sysctl vm.loadavg} (FreeBSD {@code sys/sys/resource.h}):
 * {@code fixpt_t ldavg[3]} @0, @4, @8 ({@code fixpt_t} is {@code u_int32_t}), {@code long
 * fscale} @16; 24 bytes. Each average is {@code ldavg[i] / fscale}, which is what {@code
 * getloadavg(3)} (and so psutil's {@code os.getloadavg()}) returns.
 */
public final class LoadAvg {
  private LoadAvg() {}

  /** {@code sizeof(struct loadavg)} on LP64. */
  public static final int SIZE = 24;

  /** Decodes the struct at the start of {@code buf}. */
  public static LoadAverage decode(ByteBuffer buf) {
    FixedLayout.require(buf, 0, SIZE, "loadavg");
    long scale = buf.getLong(16);
    if (scale <= 0) {
      throw new MalformedDataException("loadavg.fscale must be > 0, got " + scale);
    }
    double s = scale;
    return new LoadAverage(
        FixedLayout.u32(buf, 0) / s, FixedLayout.u32(buf, 4) / s, FixedLayout.u32(buf, 8) / s);
  }
}
