package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.time.Instant;

/** {@code struct timeval} as {@code sysctl kern.boottime} returns it on macOS (LP64). */
public final class Timeval {
  private Timeval() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct timeval", 16, KinfoProc.MACOS, "sys/time.h");

  public static final CField TV_SEC = LAYOUT.field("tv_sec", 0, CType.INT64);

  /** {@code __darwin_suseconds_t}, a 4-byte int on macOS (8 bytes on Linux and FreeBSD). */
  public static final CField TV_USEC = LAYOUT.field("tv_usec", 8, CType.INT32);

  /**
   * The boot time as psutil {@code arch/osx/sys.c} gives it: whole seconds ({@code tv_sec}; psutil
   * drops {@code tv_usec}).
   */
  public static Instant bootTime(ByteBuffer buf) {
    LAYOUT.require(buf);
    long sec = TV_SEC.i64(buf);
    int usec = TV_USEC.i32(buf);
    if (sec <= 0 || sec > Instant.MAX.getEpochSecond() || usec < 0 || usec >= 1_000_000) {
      throw new MalformedDataException(
          "kern.boottime out of range: tv_sec " + sec + ", tv_usec " + usec);
    }
    return Instant.ofEpochSecond(sec);
  }
}
