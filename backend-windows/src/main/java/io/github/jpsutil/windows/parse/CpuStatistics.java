package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * psutil's {@code cpu_stats} and {@code cpu_freq} on Windows (arch/windows/cpu.c): context switches
 * and system calls from {@code SYSTEM_PERFORMANCE_INFORMATION}, interrupts summed over {@code
 * SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION.InterruptCount}, soft interrupts 0 (psutil's _pswindows
 * drops the DPC count); frequencies from {@code CallNtPowerInformation( ProcessorInformation)}'s
 * {@code PROCESSOR_POWER_INFORMATION} array.
 */
public final class CpuStatistics {
  private CpuStatistics() {}

  private static final String PHNT =
      "MinGW-w64 winternl.h keeps SYSTEM_PERFORMANCE_INFORMATION as BYTE Reserved1[312]; phnt"
          + " ntexapi.h (the pre-Windows 8 layout, 312 bytes) names it";

  public static final CStruct PERFORMANCE =
      CStruct.declare("SYSTEM_PERFORMANCE_INFORMATION", 312, X64, "windows.h", "winternl.h");

  public static final CField CONTEXT_SWITCHES =
      PERFORMANCE.fieldAsHeaderHasIt("ContextSwitches", 296, UINT32, 4, null, PHNT);
  public static final CField SYSTEM_CALLS =
      PERFORMANCE.fieldAsHeaderHasIt("SystemCalls", 308, UINT32, 4, null, PHNT);

  public static final CStruct POWER =
      CStruct.declare("PROCESSOR_POWER_INFORMATION", 24, X64, "ddk/wdm.h", "ddk/ntpoapi.h");

  public static final CField MAX_MHZ = POWER.field("MaxMhz", 4, UINT32);
  public static final CField CURRENT_MHZ = POWER.field("CurrentMhz", 8, UINT32);

  /**
   * @param performance SYSTEM_PERFORMANCE_INFORMATION
   * @param processors the SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION array
   * @throws MalformedDataException if either is short
   */
  public static CpuStats stats(ByteBuffer performance, ByteBuffer processors) {
    PERFORMANCE.require(performance);
    int size = ProcessorPerformanceInformation.LAYOUT.size();
    if (processors.limit() == 0 || processors.limit() % size != 0) {
      throw ProcessorPerformanceInformation.LAYOUT.malformed(
          "array must be a positive multiple of " + size + " bytes, got " + processors.limit());
    }
    long interrupts = 0;
    for (int at = 0; at < processors.limit(); at += size) {
      interrupts += ProcessorPerformanceInformation.INTERRUPT_COUNT.u32(processors, at);
    }
    return new CpuStats(
        CONTEXT_SWITCHES.u32(performance, 0), interrupts, 0, SYSTEM_CALLS.u32(performance, 0));
  }

  /**
   * One frequency per processor, MHz: current and the maximum; Windows gives no minimum (psutil
   * reports 0.0 for it).
   *
   * @throws MalformedDataException if the array is empty or not whole records
   */
  public static List<CpuFreq> frequencies(ByteBuffer power) {
    if (power.limit() == 0 || power.limit() % POWER.size() != 0) {
      throw POWER.malformed(
          "array must be a positive multiple of " + POWER.size() + " bytes, got " + power.limit());
    }
    List<CpuFreq> out = new ArrayList<>();
    for (int at = 0; at < power.limit(); at += POWER.size()) {
      out.add(
          new CpuFreq(
              CURRENT_MHZ.u32(power, at),
              OptionalDouble.empty(),
              OptionalDouble.of(MAX_MHZ.u32(power, at))));
    }
    return List.copyOf(out);
  }
}
