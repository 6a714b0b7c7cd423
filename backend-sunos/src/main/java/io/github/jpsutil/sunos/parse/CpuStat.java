package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;

/**
 * The raw {@code cpu_stat} kstat, a {@code cpu_stat_t} (illumos {@code sys/sysinfo.h}): {@code
 * uint_t __cpu_stat_lock[2]} @0, then {@code cpu_sysinfo_t cpu_sysinfo} @8 whose first member is
 * {@code uint_t cpu[CPU_STATES]}: {@code CPU_IDLE} @8, {@code CPU_USER} @12, {@code
 * CPU_KERNEL} @16, {@code CPU_WAIT} @20, in clock ticks.
 */
public final class CpuStat {
  private CpuStat() {}

  /** Bytes this decoder needs: the lock words and {@code cpu[4]}. */
  public static final int NEEDED = 24;

  static final int CPU_IDLE = 8;
  static final int CPU_USER = 12;
  static final int CPU_KERNEL = 16;
  static final int CPU_WAIT = 20;

  /**
   * One CPU's times in seconds. Deviation: psutil ({@code arch/sunos/cpu.c}) returns the raw tick
   * counts; the api promises seconds, so they are divided by {@code ticksPerSecond} ({@code
   * sysconf(_SC_CLK_TCK)}).
   */
  public static CpuTimes.SunOs decode(ByteBuffer buf, long ticksPerSecond) {
    if (ticksPerSecond <= 0) {
      throw new MalformedDataException("ticks per second must be > 0, got " + ticksPerSecond);
    }
    FixedLayout.require(buf, 0, NEEDED, "cpu_stat_t");
    double hz = ticksPerSecond;
    return new CpuTimes.SunOs(
        FixedLayout.u32(buf, CPU_USER) / hz,
        FixedLayout.u32(buf, CPU_KERNEL) / hz,
        FixedLayout.u32(buf, CPU_IDLE) / hz,
        FixedLayout.u32(buf, CPU_WAIT) / hz);
  }
}
