package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.CpuFreq;
import java.util.OptionalDouble;

/**
 * {@code dev.cpu.N.freq} (MHz) with {@code dev.cpu.N.freq_levels}, the driver's {@code
 * "MHz/milliwatts"} pairs from fastest to slowest (cpufreq(4)), read as psutil's {@code cpu_freq}:
 * max is the first level's MHz, min the last one's; a level that is not a number leaves that bound
 * unknown (psutil's None).
 */
public final class CpuFreqLevels {
  private CpuFreqLevels() {}

  public static CpuFreq decode(long currentMhz, String levels) {
    String[] pairs = levels.trim().split(" ");
    return new CpuFreq(currentMhz, mhz(pairs[pairs.length - 1]), mhz(pairs[0]));
  }

  private static OptionalDouble mhz(String pair) {
    try {
      return OptionalDouble.of(Integer.parseInt(pair.split("/")[0]));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty(); // psutil: ValueError -> None
    }
  }
}
