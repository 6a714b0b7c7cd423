package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Set;

/** {@code struct timeval} ({@code sys/_timeval.h}): 64-bit {@code time_t} and microseconds. */
public final class Timeval {
  private Timeval() {}

  /** The ABI every declaration of this backend holds for. */
  static final Set<Abi> AMD64 = Set.of(Abi.FREEBSD_AMD64);

  public static final CStruct LAYOUT = CStruct.declare("struct timeval", 16, AMD64, "sys/time.h");
  public static final CField TV_SEC = LAYOUT.field("tv_sec", 0, CType.INT64);
  public static final CField TV_USEC = LAYOUT.field("tv_usec", 8, CType.INT64);

  /** The timeval at {@code base} as seconds; {@code what} names it in errors. */
  static double seconds(ByteBuffer buf, int base, String what) {
    LAYOUT.require(buf, base);
    long sec = TV_SEC.i64(buf, base);
    long usec = TV_USEC.i64(buf, base);
    if (sec < 0 || usec < 0 || usec >= 1_000_000) {
      throw new MalformedDataException(what + " out of range: " + sec + " s, " + usec + " µs");
    }
    return sec + usec / 1e6;
  }

  /** {@code kern.boottime} as psutil {@code arch/bsd/sys.c}: whole seconds (it drops tv_usec). */
  public static Instant bootTime(ByteBuffer buf) {
    seconds(buf, 0, "kern.boottime"); // range checks
    long sec = TV_SEC.i64(buf);
    if (sec < 1 || sec > Instant.MAX.getEpochSecond()) {
      throw TV_SEC.malformed("of kern.boottime out of range: " + sec);
    }
    return Instant.ofEpochSecond(sec);
  }
}
