package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
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

  /** {@code host_statistics(HOST_CPU_LOAD_INFO)}: ticks indexed by {@code CPU_STATE_*}. */
  public static final CStruct HOST =
      CStruct.declare("struct host_cpu_load_info", 16, KinfoProc.MACOS, "mach/mach.h");

  public static final CField HOST_USER = HOST.field("cpu_ticks[CPU_STATE_USER]", 0, CType.UINT32);
  public static final CField HOST_SYSTEM =
      HOST.field("cpu_ticks[CPU_STATE_SYSTEM]", 4, CType.UINT32);
  public static final CField HOST_IDLE = HOST.field("cpu_ticks[CPU_STATE_IDLE]", 8, CType.UINT32);
  public static final CField HOST_NICE = HOST.field("cpu_ticks[CPU_STATE_NICE]", 12, CType.UINT32);

  /** One element of {@code host_processor_info(PROCESSOR_CPU_LOAD_INFO)}'s array. */
  public static final CStruct PROCESSOR =
      CStruct.declare("struct processor_cpu_load_info", 16, KinfoProc.MACOS, "mach/mach.h");

  public static final CField CPU_USER =
      PROCESSOR.field("cpu_ticks[CPU_STATE_USER]", 0, CType.UINT32);
  public static final CField CPU_SYSTEM =
      PROCESSOR.field("cpu_ticks[CPU_STATE_SYSTEM]", 4, CType.UINT32);
  public static final CField CPU_IDLE =
      PROCESSOR.field("cpu_ticks[CPU_STATE_IDLE]", 8, CType.UINT32);
  public static final CField CPU_NICE =
      PROCESSOR.field("cpu_ticks[CPU_STATE_NICE]", 12, CType.UINT32);

  /** {@code sizeof(host_cpu_load_info_data_t)}. */
  public static final int SIZE = HOST.size();

  /**
   * System-wide times: ticks over {@code ticksPerSecond} ({@code CLK_TCK}, as psutil {@code
   * arch/osx/cpu.c}).
   */
  public static CpuTimes.MacOs decode(ByteBuffer buf, long ticksPerSecond) {
    return decodeAt(buf, 0, ticksPerSecond, HOST_USER, HOST_SYSTEM, HOST_IDLE, HOST_NICE);
  }

  /**
   * One entry per processor from the array {@code host_processor_info} returns.
   *
   * @param cpus the processor count the call reported
   */
  public static List<CpuTimes.MacOs> decodeArray(ByteBuffer buf, int cpus, long ticksPerSecond) {
    if (cpus <= 0) {
      throw new MalformedDataException("processor count must be > 0, got " + cpus);
    }
    long need = (long) cpus * PROCESSOR.size();
    if (need > buf.limit()) {
      throw PROCESSOR.malformed(
          "array of " + cpus + " processors needs " + need + " bytes, got " + buf.limit());
    }
    List<CpuTimes.MacOs> out = new ArrayList<>(cpus);
    for (int i = 0; i < cpus; i++) {
      out.add(
          decodeAt(
              buf, i * PROCESSOR.size(), ticksPerSecond, CPU_USER, CPU_SYSTEM, CPU_IDLE, CPU_NICE));
    }
    return List.copyOf(out);
  }

  private static CpuTimes.MacOs decodeAt(
      ByteBuffer buf,
      int off,
      long ticksPerSecond,
      CField user,
      CField system,
      CField idle,
      CField nice) {
    if (ticksPerSecond <= 0) {
      throw new MalformedDataException("ticks per second must be > 0, got " + ticksPerSecond);
    }
    user.struct().require(buf, off);
    double hz = ticksPerSecond;
    return new CpuTimes.MacOs(
        user.u32(buf, off) / hz,
        system.u32(buf, off) / hz,
        idle.u32(buf, off) / hz,
        nice.u32(buf, off) / hz);
  }
}
