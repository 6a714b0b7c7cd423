package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kern.cp_time} ({@code long[CPUSTATES]}, system-wide) and {@code kern.cp_times} (the same
 * for each CPU, back to back), in statclock ticks. Indexes ({@code sys/resource.h}): {@code
 * CP_USER} 0, {@code CP_NICE} 1, {@code CP_SYS} 2, {@code CP_INTR} 3, {@code CP_IDLE} 4; 8 bytes
 * each on amd64, 40 per CPU.
 */
public final class CpTime {
  private CpTime() {}

  /** {@code CPUSTATES × sizeof(long)}. */
  public static final int SIZE = 40;

  static final int CP_USER = 0;
  static final int CP_NICE = 8;
  static final int CP_SYS = 16;
  static final int CP_INTR = 24;
  static final int CP_IDLE = 32;

  /**
   * {@code kern.cp_time} as psutil {@code arch/freebsd/cpu.c}: each count over {@code
   * ticksPerSecond}.
   */
  public static CpuTimes.FreeBsd decode(ByteBuffer buf, long ticksPerSecond) {
    if (buf.limit() != SIZE) {
      throw new MalformedDataException(
          "kern.cp_time must be " + SIZE + " bytes, got " + buf.limit());
    }
    return decodeAt(buf, 0, ticksPerSecond);
  }

  /** {@code kern.cp_times}: one entry per CPU. */
  public static List<CpuTimes.FreeBsd> decodeArray(ByteBuffer buf, long ticksPerSecond) {
    if (buf.limit() == 0 || buf.limit() % SIZE != 0) {
      throw new MalformedDataException(
          "kern.cp_times must be a positive multiple of " + SIZE + " bytes, got " + buf.limit());
    }
    List<CpuTimes.FreeBsd> out = new ArrayList<>(buf.limit() / SIZE);
    for (int off = 0; off < buf.limit(); off += SIZE) {
      out.add(decodeAt(buf, off, ticksPerSecond));
    }
    return List.copyOf(out);
  }

  private static CpuTimes.FreeBsd decodeAt(ByteBuffer buf, int off, long ticksPerSecond) {
    if (ticksPerSecond <= 0) {
      throw new MalformedDataException("ticks per second must be > 0, got " + ticksPerSecond);
    }
    double hz = ticksPerSecond;
    return new CpuTimes.FreeBsd(
        FixedLayout.u64(buf, off + CP_USER, "cp_time[CP_USER]") / hz,
        FixedLayout.u64(buf, off + CP_SYS, "cp_time[CP_SYS]") / hz,
        FixedLayout.u64(buf, off + CP_IDLE, "cp_time[CP_IDLE]") / hz,
        FixedLayout.u64(buf, off + CP_NICE, "cp_time[CP_NICE]") / hz,
        FixedLayout.u64(buf, off + CP_INTR, "cp_time[CP_INTR]") / hz);
  }
}
