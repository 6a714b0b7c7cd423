package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.INT64;
import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The array of {@code SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION} that {@code
 * NtQuerySystemInformation(SystemProcessorPerformanceInformation = 8)} returns, one per CPU of the
 * caller's processor group. Microsoft's {@code winternl.h} names only the first three members;
 * psutil {@code arch/windows/ntextapi.h} and phnt {@code ntexapi.h} name DpcTime and InterruptTime.
 * Times are 100-ns units.
 */
public final class ProcessorPerformanceInformation {
  private ProcessorPerformanceInformation() {}

  public static final CStruct LAYOUT =
      CStruct.declare(
          "SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION", 48, X64, "windows.h", "winternl.h");

  private static final String MINGW_RESERVED =
      "MinGW-w64 winternl.h keeps it in Reserved1[2] @24..40; phnt ntexapi.h names it";

  public static final CField IDLE_TIME = LAYOUT.field("IdleTime", 0, INT64);
  public static final CField KERNEL_TIME = LAYOUT.field("KernelTime", 8, INT64);
  public static final CField USER_TIME = LAYOUT.field("UserTime", 16, INT64);
  public static final CField DPC_TIME =
      LAYOUT.fieldAsHeaderHasIt("DpcTime", 24, INT64, 8, null, MINGW_RESERVED);
  public static final CField INTERRUPT_TIME =
      LAYOUT.fieldAsHeaderHasIt("InterruptTime", 32, INT64, 8, null, MINGW_RESERVED);

  /** psutil's cpu_stats interrupts: phnt's and psutil's InterruptCount. */
  public static final CField INTERRUPT_COUNT =
      LAYOUT.fieldAsHeaderHasIt(
          "InterruptCount",
          40,
          UINT32,
          4,
          "Reserved2",
          "MinGW-w64 winternl.h calls it Reserved2; phnt ntexapi.h and psutil InterruptCount");

  /**
   * One {@link CpuTimes.Windows} per record, seconds ({@code arch/windows/cpu.c}).
   *
   * @throws MalformedDataException if the buffer is empty or not a whole number of records, or a
   *     record's kernel time is smaller than its idle time
   */
  public static List<CpuTimes.Windows> decode(ByteBuffer buf) {
    if (buf.limit() == 0 || buf.limit() % LAYOUT.size() != 0) {
      throw LAYOUT.malformed(
          "array must be a positive multiple of " + LAYOUT.size() + " bytes, got " + buf.limit());
    }
    List<CpuTimes.Windows> out = new ArrayList<>(buf.limit() / LAYOUT.size());
    for (int base = 0; base < buf.limit(); base += LAYOUT.size()) {
      String what = "CPU " + base / LAYOUT.size();
      out.add(
          SystemTimes.times(
              what,
              USER_TIME.i64(buf, base),
              KERNEL_TIME.i64(buf, base),
              IDLE_TIME.i64(buf, base),
              FileTime.seconds(INTERRUPT_TIME.i64(buf, base), what + " InterruptTime"),
              FileTime.seconds(DPC_TIME.i64(buf, base), what + " DpcTime")));
    }
    return List.copyOf(out);
  }
}
