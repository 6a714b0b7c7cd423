package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.spi.FixedLayout;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code host_cpu_load_info} ({@code host_statistics(HOST_CPU_LOAD_INFO)}, xnu {@code
 * osfmk/mach/host_info.h}) and {@code processor_cpu_load_info} ({@code
 * host_processor_info(PROCESSOR_CPU_LOAD_INFO)}, {@code osfmk/mach/processor_info.h}): both are
 * {@code natural_t cpu_ticks[CPU_STATE_MAX]} with {@code CPU_STATE_USER} 0, {@code SYSTEM} 1,
 * {@code IDLE} 2, {@code NICE} 3 ({@code osfmk/mach/machine.h}); 16 bytes.
 */
public final class CpuLoadInfo {
  private CpuLoadInfo() {}

  /** {@code sizeof(host_cpu_load_info_data_t)}. */
  public static final int SIZE = 16;

  static final int USER = 0;
  static final int SYSTEM = 4;
  static final int IDLE = 8;
  static final int NICE = 12;

  /**
   * System-wide times: ticks over {@code ticksPerSecond} ({@code CLK_TCK}, as psutil {@code
   * arch/osx/cpu.c}).
   */
  public static CpuTimes.MacOs decode(ByteBuffer buf, long ticksPerSecond) {
    return decodeAt(buf, 0, ticksPerSecond);
  }

  /**
   * One entry per processor from the array {@code host_processor_info} returns.
   *
   * @param cpus the processor count the call reported
   */
  public static List<CpuTimes.MacOs> decodeArray(ByteBuffer buf, int cpus, long ticksPerSecond) {
    if (cpus <= 0) {
      throw new IllegalArgumentException("processor count must be > 0, got " + cpus);
    }
    FixedLayout.require(buf, 0, Math.multiplyExact(cpus, SIZE), "processor_cpu_load_info array");
    List<CpuTimes.MacOs> out = new ArrayList<>(cpus);
    for (int i = 0; i < cpus; i++) {
      out.add(decodeAt(buf, i * SIZE, ticksPerSecond));
    }
    return List.copyOf(out);
  }

  private static CpuTimes.MacOs decodeAt(ByteBuffer buf, int off, long ticksPerSecond) {
    if (ticksPerSecond <= 0) {
      throw new IllegalArgumentException("ticks per second must be > 0, got " + ticksPerSecond);
    }
    FixedLayout.require(buf, off, SIZE, "cpu_load_info");
    double hz = ticksPerSecond;
    return new CpuTimes.MacOs(
        FixedLayout.u32(buf, off + USER) / hz,
        FixedLayout.u32(buf, off + SYSTEM) / hz,
        FixedLayout.u32(buf, off + IDLE) / hz,
        FixedLayout.u32(buf, off + NICE) / hz);
  }
}
