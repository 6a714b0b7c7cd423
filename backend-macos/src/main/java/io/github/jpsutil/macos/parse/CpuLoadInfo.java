package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code host_cpu_load_info} ({@code host_statistics(HOST_CPU_LOAD_INFO)}, xnu {@code
 * osfmk/mach/host_info.h}) and {@code processor_cpu_load_info} ({@code
 * host_processor_info(PROCESSOR_CPU_LOAD_INFO)}, {@code osfmk/mach/processor_info.h}): both are
 * {@code natural_t cpu_ticks[CPU_STATE_MAX]} indexed by {@code CPU_STATE_USER} 0, {@code SYSTEM} 1,
 * {@code IDLE} 2, {@code NICE} 3 ({@code osfmk/mach/machine.h}).
 */
public final class CpuLoadInfo {
  private CpuLoadInfo() {}

  public static final CStruct HOST =
      CStruct.declare("struct host_cpu_load_info", 16, KinfoProc.MACOS, "mach/mach.h");

  /** One element of {@code host_processor_info(PROCESSOR_CPU_LOAD_INFO)}'s array. */
  public static final CStruct PROCESSOR =
      CStruct.declare("struct processor_cpu_load_info", 16, KinfoProc.MACOS, "mach/mach.h");

  private static final List<CField> HOST_TICKS = ticks(HOST);
  private static final List<CField> CPU_TICKS = ticks(PROCESSOR);

  private static List<CField> ticks(CStruct s) {
    List<String> states = List.of("USER", "SYSTEM", "IDLE", "NICE");
    return IntStream.range(0, 4)
        .mapToObj(i -> s.field("cpu_ticks[CPU_STATE_" + states.get(i) + "]", 4 * i, CType.UINT32))
        .toList();
  }

  /** System-wide times: ticks over {@code CLK_TCK}, as psutil {@code arch/osx/cpu.c}. */
  public static CpuTimes.MacOs decode(ByteBuffer buf, long ticksPerSecond) {
    return decodeAt(buf, 0, ticksPerSecond, HOST_TICKS);
  }

  /** One entry per processor from the array {@code host_processor_info} returns. */
  public static List<CpuTimes.MacOs> decodeArray(ByteBuffer buf, int cpus, long ticksPerSecond) {
    if (cpus <= 0) {
      throw new MalformedDataException("processor count must be > 0, got " + cpus);
    }
    long need = (long) cpus * PROCESSOR.size();
    if (need > buf.limit()) {
      throw PROCESSOR.malformed(
          "array of " + cpus + " processors needs " + need + " bytes, got " + buf.limit());
    }
    return IntStream.range(0, cpus)
        .mapToObj(i -> decodeAt(buf, i * PROCESSOR.size(), ticksPerSecond, CPU_TICKS))
        .toList();
  }

  private static CpuTimes.MacOs decodeAt(
      ByteBuffer buf, int off, long ticksPerSecond, List<CField> t) {
    if (ticksPerSecond <= 0) {
      throw new MalformedDataException("ticks per second must be > 0, got " + ticksPerSecond);
    }
    t.get(0).struct().require(buf, off);
    double hz = ticksPerSecond;
    return new CpuTimes.MacOs(
        t.get(0).u32(buf, off) / hz,
        t.get(1).u32(buf, off) / hz,
        t.get(2).u32(buf, off) / hz,
        t.get(3).u32(buf, off) / hz);
  }
}
