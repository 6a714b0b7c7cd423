package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

  public static final CStruct LAYOUT =
      CStruct.declare(
          "SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION",
          48,
          Set.of(Abi.WINDOWS_X64),
          "windows.h",
          "winternl.h");

  /** {@code sizeof} the struct: the buffer size callers allocate per record. */
  public static final int SIZE = LAYOUT.size();

  private static final String MINGW_RESERVED =
      "MinGW-w64 winternl.h keeps it in LARGE_INTEGER Reserved1[2] @24..40; phnt ntexapi.h and"
          + " psutil arch/windows/ntextapi.h name it";

  public static final CField IDLE_TIME = LAYOUT.field("IdleTime", 0, CType.INT64);
  public static final CField KERNEL_TIME = LAYOUT.field("KernelTime", 8, CType.INT64);
  public static final CField USER_TIME = LAYOUT.field("UserTime", 16, CType.INT64);
  public static final CField DPC_TIME =
      LAYOUT.fieldAsHeaderHasIt("DpcTime", 24, CType.INT64, 8, null, MINGW_RESERVED);
  public static final CField INTERRUPT_TIME =
      LAYOUT.fieldAsHeaderHasIt("InterruptTime", 32, CType.INT64, 8, null, MINGW_RESERVED);

  /**
   * One {@link CpuTimes.Windows} per record in {@code buf[0, limit)}, seconds; {@code system} is
   * kernel time minus idle time, as psutil ({@code arch/windows/cpu.c}).
   *
   * @throws MalformedDataException if the buffer is empty or not a whole number of records, or a
   *     record's kernel time is smaller than its idle time
   */
  public static List<CpuTimes.Windows> decode(ByteBuffer buf) {
    int length = buf.limit();
    int size = LAYOUT.size();
    if (length == 0 || length % size != 0) {
      throw new MalformedDataException(
          "SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION array must be a positive multiple of "
              + size
              + " bytes, got "
              + length);
    }
    List<CpuTimes.Windows> out = new ArrayList<>(length / size);
    for (int base = 0; base < length; base += size) {
      out.add(decodeOne(buf, base, base / size));
    }
    return List.copyOf(out);
  }

  private static CpuTimes.Windows decodeOne(ByteBuffer buf, int base, int cpu) {
    long idle = IDLE_TIME.i64(buf, base);
    long kernel = KERNEL_TIME.i64(buf, base);
    if (kernel < idle) {
      throw new MalformedDataException(
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
        FileTime.seconds(USER_TIME.i64(buf, base), field),
        FileTime.seconds(kernel - idle, field),
        FileTime.seconds(idle, field),
        FileTime.seconds(INTERRUPT_TIME.i64(buf, base), field),
        FileTime.seconds(DPC_TIME.i64(buf, base), field));
  }
}
