package io.github.jpsutil;

import io.github.jpsutil.api.CpuTimes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of psutil's {@code cpu_percent} and {@code cpu_times_percent} (psutil/__init__.py)
 * on two samples of the same CPU.
 */
final class CpuPercent {
  private CpuPercent() {}

  /**
   * Busy percentage between two samples: per-field deltas clamped at 0 (counters can go backwards,
   * psutil gh-1210); total without guest and guest_nice, which Linux already counts in user and
   * nice; busy = total - idle - iowait. 0.0 when no time passed.
   */
  static double busy(CpuTimes before, CpuTimes after) {
    Map<String, Double> a = before.asMap();
    double total = 0;
    double idle = 0;
    for (Map.Entry<String, Double> e : after.asMap().entrySet()) {
      String field = e.getKey();
      double delta = Math.max(0, e.getValue() - a.get(field));
      if (field.equals("guest") || field.equals("guest_nice")) {
        continue;
      }
      total += delta;
      if (field.equals("idle") || field.equals("iowait")) {
        idle += delta;
      }
    }
    if (total <= 0) {
      return 0.0;
    }
    return round1(clamp((total - idle) / total * 100));
  }

  /**
   * Each field's share of the elapsed CPU time, 0–100, one decimal. psutil divides by {@code max(1,
   * total)}, which under-reports whenever less than one CPU-second passed (psutil/__init__.py
   * {@code cpu_times_percent}); we divide by the real total, so the fields of one sample always add
   * up to about 100.
   */
  static CpuTimes timesPercent(CpuTimes before, CpuTimes after) {
    Map<String, Double> a = before.asMap();
    List<Double> deltas = new ArrayList<>();
    double total = 0;
    for (Map.Entry<String, Double> e : after.asMap().entrySet()) {
      double delta = Math.max(0, e.getValue() - a.get(e.getKey()));
      deltas.add(delta);
      if (!e.getKey().equals("guest") && !e.getKey().equals("guest_nice")) {
        total += delta;
      }
    }
    List<Double> pct = new ArrayList<>(deltas.size());
    for (double d : deltas) {
      pct.add(total <= 0 ? 0.0 : round1(clamp(d * 100 / total)));
    }
    return after.withValues(pct);
  }

  /**
   * Python's {@code round(x, 1)}, which psutil's {@code cpu_percent}, {@code cpu_times_percent} and
   * {@code Process.cpu_percent} apply: the exact binary value rounded half-to-even, so 0.25 gives
   * 0.2 and 0.35 (really 0.34999…) gives 0.3, where {@code Math.round(v * 10) / 10.0} gives 0.3 and
   * 0.4.
   */
  static double round1(double v) {
    if (!Double.isFinite(v)) {
      return v; // Python's round(nan, 1) and round(inf, 1) return the value; BigDecimal would throw
    }
    return new BigDecimal(v).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(100, v));
  }
}
