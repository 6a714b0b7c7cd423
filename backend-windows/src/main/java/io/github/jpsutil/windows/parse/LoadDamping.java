package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.LoadAverage;

/**
 * The exponentially damped 1, 5 and 15 minute averages of the processor queue length that psutil's
 * Windows {@code getloadavg()} keeps (arch/windows/wmi.c {@code LoadAvgCallback}): every 5 s each
 * average moves towards the new sample by {@code 1 - e^(-5/window)}.
 *
 * <p>The factors are those of Linux's include/linux/sched/loadavg.h ({@code EXP_1}, {@code EXP_5},
 * {@code EXP_15} are 2048 × e^(-5/60), e^(-5/300), e^(-5/900)), the same numbers wmi.c defines as
 * {@code LOADAVG_FACTOR_1F}, {@code _5F} and {@code _15F} (0.92004…, 0.98347…, 0.99446…). Some
 * ports of it (gopsutil-derived Go monitors) use e^(-5/12) and e^(-5/4) for 5 and 15 minutes;
 * psutil does not, and neither does this.
 *
 * @param load1 the 1-minute average, unrounded
 * @param load5 the 5-minute average, unrounded
 * @param load15 the 15-minute average, unrounded
 */
public record LoadDamping(double load1, double load5, double load15) {
  /** Seconds between samples, as Linux and wmi.c. */
  public static final int SAMPLING_SECONDS = 5;

  static final double FACTOR_1 = Math.exp(-SAMPLING_SECONDS / 60.0);
  static final double FACTOR_5 = Math.exp(-SAMPLING_SECONDS / 300.0);
  static final double FACTOR_15 = Math.exp(-SAMPLING_SECONDS / 900.0);

  /** Before the first sample psutil answers (0.0, 0.0, 0.0). */
  public static final LoadDamping ZERO = new LoadDamping(0, 0, 0);

  /**
   * The averages after one more sample.
   *
   * @param queueLength threads waiting for a processor, {@code >= 0}
   * @throws IllegalArgumentException if {@code queueLength} is negative or not finite
   */
  public LoadDamping next(double queueLength) {
    if (!(queueLength >= 0) || Double.isInfinite(queueLength)) {
      throw new IllegalArgumentException(
          "queueLength must be a finite count >= 0, got " + queueLength);
    }
    return new LoadDamping(
        damp(load1, FACTOR_1, queueLength),
        damp(load5, FACTOR_5, queueLength),
        damp(load15, FACTOR_15, queueLength));
  }

  private static double damp(double old, double factor, double sample) {
    return old * factor + sample * (1 - factor);
  }

  /** {@return the averages rounded to 2 decimals, as {@code _pswindows.getloadavg} rounds them} */
  public LoadAverage rounded() {
    return new LoadAverage(round2(load1), round2(load5), round2(load15));
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
