package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.CpuTimes;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The array of {@code SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION} that {@code
 * NtQuerySystemInformation(SystemProcessorPerformanceInformation = 8)} returns, one per CPU of the
 * caller's processor group.
 *
 * <p>Layout (64-bit): Microsoft's {@code winternl.h} names the first three members and leaves the
 * rest {@code Reserved1[2]}/{@code Reserved2}; psutil {@code arch/windows/ntextapi.h} and phnt
 * {@code ntexapi.h} name them: {@code LARGE_INTEGER IdleTime} @0, {@code KernelTime} @8 (includes
 * idle), {@code UserTime} @16, {@code DpcTime} @24, {@code InterruptTime} @32, {@code ULONG
 * InterruptCount} @40, padded to 48 bytes. Times are 100-ns units.
 */
public final class ProcessorPerformanceInformation {
  private ProcessorPerformanceInformation() {}

  /** {@code sizeof(SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION)} on 64-bit Windows. */
  public static final int SIZE = 48;

  static final int IDLE_TIME = 0;
  static final int KERNEL_TIME = 8;
  static final int USER_TIME = 16;
  static final int DPC_TIME = 24;
  static final int INTERRUPT_TIME = 32;

  /**
   * One {@link CpuTimes.Windows} per record in {@code buf[0, limit)}, seconds; {@code system} is
   * kernel time minus idle time, as psutil ({@code arch/windows/cpu.c}).
   *
   * @throws IllegalArgumentException if the buffer is empty or not a whole number of records, or a
   *     record's kernel time is smaller than its idle time
   */
  public static List<CpuTimes.Windows> decode(ByteBuffer buf) {
    int length = buf.limit();
    if (length == 0 || length % SIZE != 0) {
      throw new IllegalArgumentException(
          "SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION array must be a positive multiple of "
              + SIZE
              + " bytes, got "
              + length);
    }
    List<CpuTimes.Windows> out = new ArrayList<>(length / SIZE);
    for (int base = 0; base < length; base += SIZE) {
      out.add(decodeOne(buf, base, base / SIZE));
    }
    return List.copyOf(out);
  }

  private static CpuTimes.Windows decodeOne(ByteBuffer buf, int base, int cpu) {
    long idle = buf.getLong(base + IDLE_TIME);
    long kernel = buf.getLong(base + KERNEL_TIME);
    if (kernel < idle) {
      throw new IllegalArgumentException(
          "CPU "
              + cpu
              + ": KernelTime "
              + kernel
              + " < IdleTime "
              + idle
              + " (kernel includes idle)");
    }
    String field = "CPU " + cpu + " time";
    return new CpuTimes.Windows(
        FileTime.seconds(buf.getLong(base + USER_TIME), field),
        FileTime.seconds(kernel - idle, field),
        FileTime.seconds(idle, field),
        FileTime.seconds(buf.getLong(base + INTERRUPT_TIME), field),
        FileTime.seconds(buf.getLong(base + DPC_TIME), field));
  }
}
