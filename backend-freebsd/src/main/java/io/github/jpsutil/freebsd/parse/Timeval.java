package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * {@code struct timeval} on FreeBSD amd64 ({@code sys/_timeval.h}): {@code time_t tv_sec} @0 and
 * {@code suseconds_t tv_usec} @8, both 8 bytes; 16 bytes.
 */
public final class Timeval {
  private Timeval() {}

  /** {@code sizeof(struct timeval)} on amd64. */
  public static final int SIZE = 16;

  /** The timeval at {@code offset} as seconds. */
  static double seconds(ByteBuffer buf, int offset, String field) {
    FixedLayout.require(buf, offset, SIZE, field);
    long sec = FixedLayout.u64(buf, offset, field + ".tv_sec");
    long usec = FixedLayout.u64(buf, offset + 8, field + ".tv_usec");
    if (usec >= 1_000_000) {
      throw new MalformedDataException(field + ".tv_usec out of range: " + usec);
    }
    return sec + usec / 1e6;
  }

  /**
   * {@code kern.boottime} as psutil {@code arch/bsd/sys.c} gives it: whole seconds ({@code tv_sec};
   * psutil drops {@code tv_usec}).
   */
  public static Instant bootTime(ByteBuffer buf) {
    FixedLayout.require(buf, 0, SIZE, "kern.boottime timeval");
    long sec = buf.getLong(0);
    long usec = buf.getLong(8);
    if (sec <= 0 || usec < 0 || usec >= 1_000_000) {
      throw new MalformedDataException(
          "kern.boottime out of range: tv_sec " + sec + ", tv_usec " + usec);
    }
    return Instant.ofEpochSecond(sec);
  }
}
