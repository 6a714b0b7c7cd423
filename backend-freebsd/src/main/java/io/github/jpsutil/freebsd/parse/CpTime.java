package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code kern.cp_time} ({@code long[CPUSTATES]}, system-wide) and {@code kern.cp_times} (the same
 * per CPU, back to back), in statclock ticks, indexed as {@code sys/resource.h}: {@code CP_USER} 0,
 * {@code CP_NICE} 1, {@code CP_SYS} 2, {@code CP_INTR} 3, {@code CP_IDLE} 4. An array of longs, not
 * a struct: nothing to declare.
 */
public final class CpTime {
  private CpTime() {}

  /** {@code CPUSTATES × sizeof(long)}. */
  public static final int SIZE = 5 * Long.BYTES;

  /**
   * psutil divides the tick counts by {@code CLOCKS_PER_SEC}, 128 in FreeBSD's {@code <time.h>}
   * (the statclock runs at about that rate).
   */
  private static final double CLOCKS_PER_SEC = 128;

  /** {@code kern.cp_time} as psutil {@code arch/freebsd/cpu.c}: each count over the tick rate. */
  public static CpuTimes decode(ByteBuffer buf) {
    if (buf.limit() != SIZE) {
      throw new MalformedDataException("kern.cp_time must be 40 bytes, got " + buf.limit());
    }
    return decodeAt(buf, 0);
  }

  /** {@code kern.cp_times}: one entry per CPU. */
  public static List<CpuTimes> decodeArray(ByteBuffer buf) {
    if (buf.limit() == 0 || buf.limit() % SIZE != 0) {
      throw new MalformedDataException(
          "kern.cp_times must be a positive multiple of 40 bytes, got " + buf.limit());
    }
    return IntStream.iterate(0, base -> base < buf.limit(), base -> base + SIZE)
        .mapToObj(base -> decodeAt(buf, base))
        .toList();
  }

  private static CpuTimes decodeAt(ByteBuffer buf, int base) {
    double[] s = new double[5];
    for (int i = 0; i < s.length; i++) {
      long ticks = buf.getLong(base + i * Long.BYTES);
      if (ticks < 0) {
        throw new MalformedDataException("cp_time[" + i + "] is negative: " + ticks);
      }
      s[i] = ticks / CLOCKS_PER_SEC;
    }
    return new CpuTimes.FreeBsd(s[0], s[2], s[4], s[1], s[3]);
  }
}
