package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * psutil {@code cpu_freq()} on macOS ({@code arch/osx/cpu.c}), MHz. Intel: {@code sysctl(CTL_HW,
 * HW_CPU_FREQ)} (a 32-bit Hz count) and {@code hw.cpufrequency_min}/{@code _max}. Apple silicon has
 * no current-frequency API; psutil reads the DVFS tables the {@code pmgr} entry of {@code
 * AppleARMIODevice} publishes in the IORegistry: each {@code voltage-states<N>-sram} value holds
 * 8-byte entries (a little-endian 32-bit frequency, then the voltage), in Hz on M1–M3 and kHz on M4
 * and later (told apart by magnitude, 10^8); values outside 500–20,000 MHz are dropped; a table is
 * a CPU cluster's only when its top frequency reaches 2,000 MHz (GPU, NPU and fabric tables stay
 * below); current = max over those clusters.
 */
public final class CpuFrequency {
  private CpuFrequency() {}

  private static final Pattern KEY = Pattern.compile("voltage-states[0-9]+-sram");
  private static final long UNIT_THRESHOLD = 100_000_000L;
  private static final long MIN_MHZ = 500, MAX_MHZ = 20_000, CPU_CLUSTER_MIN_FMAX_MHZ = 2000;

  /** Intel: Hz values as the sysctls return them; a missing min or max is empty (psutil: 0). */
  public static CpuFreq intel(ByteBuffer hwCpuFreq, OptionalLong minHz, OptionalLong maxHz) {
    if (hwCpuFreq.limit() != 4) {
      throw new MalformedDataException("HW_CPU_FREQ must be 4 bytes, got " + hwCpuFreq.limit());
    }
    long current = Integer.toUnsignedLong(hwCpuFreq.getInt(0));
    return new CpuFreq(current / 1_000_000, mhz(minHz), mhz(maxHz));
  }

  private static OptionalDouble mhz(OptionalLong hz) {
    if (hz.isPresent() && hz.getAsLong() < 0) {
      throw new MalformedDataException("a CPU frequency sysctl is negative: " + hz.getAsLong());
    }
    return hz.isPresent() ? OptionalDouble.of(hz.getAsLong() / 1_000_000) : OptionalDouble.empty();
  }

  /**
   * Apple silicon, from the {@code pmgr} entry's data properties; empty when no table qualifies
   * (psutil returns None, e.g. in a virtual machine, psutil gh-2382).
   */
  public static Optional<CpuFreq> appleSilicon(Map<String, byte[]> pmgrData) {
    long min = Long.MAX_VALUE;
    long max = 0;
    for (Map.Entry<String, byte[]> e : pmgrData.entrySet()) {
      if (!KEY.matcher(e.getKey()).matches()) {
        continue;
      }
      ByteBuffer table = ByteBuffer.wrap(e.getValue()).order(ByteOrder.LITTLE_ENDIAN);
      long tableMin = Long.MAX_VALUE;
      long tableMax = 0;
      for (int off = 0; off + 4 <= table.limit(); off += 8) {
        long raw = Integer.toUnsignedLong(table.getInt(off));
        long mhz = raw > UNIT_THRESHOLD ? raw / 1000 / 1000 : raw / 1000;
        if (mhz >= MIN_MHZ && mhz <= MAX_MHZ) {
          tableMin = Math.min(tableMin, mhz);
          tableMax = Math.max(tableMax, mhz);
        }
      }
      if (tableMax >= CPU_CLUSTER_MIN_FMAX_MHZ) {
        min = Math.min(min, tableMin);
        max = Math.max(max, tableMax);
      }
    }
    return max == 0
        ? Optional.empty()
        : Optional.of(new CpuFreq(max, OptionalDouble.of(min), OptionalDouble.of(max)));
  }
}
