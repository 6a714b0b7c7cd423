package io.github.jpsutil.metrics;

import io.github.jpsutil.api.CpuTimes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * psutil's CPU time fields as the {@code state} values of {@code system.cpu.time}, and the
 * utilization between two readings. Pure functions.
 *
 * <p>Fields map to the convention's values where one applies ({@code iowait} → {@code wait}, {@code
 * irq} → {@code interrupt}) and keep psutil's name otherwise ({@code softirq}, Windows' {@code
 * dpc}). {@code guest} and {@code guest_nice} are left out: Linux already counts them in {@code
 * user} and {@code nice} (see {@link CpuTimes.Linux}), so including them would count that time
 * twice and make the states add up to more than the elapsed time.
 */
final class CpuModes {
  private static final Map<String, String> STATE_OF_FIELD =
      Map.of(
          "user", "user",
          "system", "system",
          "idle", "idle",
          "nice", "nice",
          "iowait", "wait",
          "irq", "interrupt",
          "softirq", "softirq",
          "steal", "steal",
          "dpc", "dpc");

  private CpuModes() {}

  /** Seconds per state, in psutil's field order. */
  static Map<String, Double> seconds(CpuTimes times) {
    Map<String, Double> out = new LinkedHashMap<>();
    times
        .asMap()
        .forEach(
            (field, value) -> {
              String state = STATE_OF_FIELD.get(field);
              if (state != null) {
                out.put(state, value);
              }
            });
    return out;
  }

  /**
   * Each state's share of the time that passed between two readings of the same CPU, 0 to 1; the
   * shares add up to 1. Empty when no time passed (two readings within one clock tick) or the
   * counters went backwards (a CPU that went offline and came back): there is no interval to report
   * on.
   */
  static Map<String, Double> utilization(Map<String, Double> before, Map<String, Double> after) {
    double total = 0;
    for (Map.Entry<String, Double> e : after.entrySet()) {
      Double old = before.get(e.getKey());
      if (old == null || e.getValue() < old) {
        return Map.of();
      }
      total += e.getValue() - old;
    }
    if (!(total > 0)) {
      return Map.of();
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : after.entrySet()) {
      out.put(e.getKey(), (e.getValue() - before.get(e.getKey())) / total);
    }
    return out;
  }
}
