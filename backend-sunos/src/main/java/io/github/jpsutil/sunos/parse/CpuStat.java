package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;

/**
 * The raw {@code cpu_stat} kstat, a {@code cpu_stat_t} (illumos {@code sys/sysinfo.h}): the
 * counters psutil's {@code arch/sunos/cpu.c} reads from {@code cpu_sysinfo} and {@code cpu_vminfo};
 * {@code cpu_sysinfo.cpu[]} is indexed by {@code CPU_IDLE} 0, {@code CPU_USER} 1, {@code
 * CPU_KERNEL} 2, {@code CPU_WAIT} 3, in clock ticks.
 */
public final class CpuStat {
  private CpuStat() {}

  public static final CStruct LAYOUT = Timestruc.declare("cpu_stat_t", 380, "sys/sysinfo.h");
  public static final CField CPU_IDLE = cpu("CPU_IDLE", 0);
  public static final CField CPU_USER = cpu("CPU_USER", 1);
  public static final CField CPU_KERNEL = cpu("CPU_KERNEL", 2);
  public static final CField CPU_WAIT = cpu("CPU_WAIT", 3);
  public static final CField PSWITCH = LAYOUT.field("cpu_sysinfo.pswitch", 60, CType.UINT32);
  public static final CField INTR = LAYOUT.field("cpu_sysinfo.intr", 68, CType.UINT32);
  public static final CField SYSCALL = LAYOUT.field("cpu_sysinfo.syscall", 72, CType.UINT32);
  public static final CField INV_SWTCH = LAYOUT.field("cpu_sysinfo.inv_swtch", 180, CType.UINT32);
  public static final CField PGSWAPIN = LAYOUT.field("cpu_vminfo.pgswapin", 284, CType.UINT32);
  public static final CField PGSWAPOUT = LAYOUT.field("cpu_vminfo.pgswapout", 292, CType.UINT32);

  /** Element {@code index} of {@code uint_t cpu_sysinfo.cpu[CPU_STATES]} at offset 8. */
  private static CField cpu(String state, int index) {
    String name = "cpu_sysinfo.cpu[" + state + "]";
    return LAYOUT.fieldAsHeaderHasIt(name, 8 + 4 * index, CType.UINT32, 4, null, "an element");
  }

  /**
   * One CPU's times in seconds. Deviation: psutil returns the raw tick counts; the api promises
   * seconds, so they are divided by {@code ticksPerSecond} ({@code sysconf(_SC_CLK_TCK)}).
   */
  public static CpuTimes.SunOs times(ByteBuffer buf, long ticksPerSecond) {
    if (ticksPerSecond <= 0) {
      throw new MalformedDataException("ticks per second must be > 0, got " + ticksPerSecond);
    }
    LAYOUT.require(buf);
    double hz = ticksPerSecond;
    return new CpuTimes.SunOs(
        CPU_USER.u32(buf) / hz,
        CPU_KERNEL.u32(buf) / hz,
        CPU_IDLE.u32(buf) / hz,
        CPU_WAIT.u32(buf) / hz);
  }

  /** A 32-bit counter of one CPU (summed over CPUs by the caller, as psutil). */
  public static long counter(ByteBuffer buf, CField counter) {
    LAYOUT.require(buf);
    return counter.u32(buf);
  }
}
