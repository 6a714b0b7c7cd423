package io.github.jpsutil;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.CpuSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * System CPU percentages. Non-blocking calls compare with the previous sample taken by the same
 * thread (psutil keys them by thread id); {@code cpuPercent} and {@code cpuTimesPercent} keep
 * separate samples so that mixing them disturbs neither (psutil/__init__.py {@code cpu_percent},
 * {@code cpu_times_percent}).
 */
final class SystemCpu {
  /** Asked for its CPU source at each call: a backend may make it on first use. */
  private final Backend backend;

  private final ThreadLocal<CpuTimes> lastForPercent = new ThreadLocal<>();
  private final ThreadLocal<List<CpuTimes>> lastPerCpuForPercent = new ThreadLocal<>();
  private final ThreadLocal<CpuTimes> lastForTimes = new ThreadLocal<>();
  private final ThreadLocal<List<CpuTimes>> lastPerCpuForTimes = new ThreadLocal<>();

  SystemCpu(Backend backend) {
    this.backend = backend;
  }

  double percent() {
    return sinceLast(lastForPercent, source().cpuTimes(), CpuPercent::busy, 0.0);
  }

  double percent(Duration interval) throws InterruptedException {
    CpuTimes before = source().cpuTimes();
    sleep(interval);
    return CpuPercent.busy(before, source().cpuTimes());
  }

  List<Double> perCpuPercent() {
    List<CpuTimes> now = source().perCpuTimes();
    List<CpuTimes> before = swap(lastPerCpuForPercent, now);
    return pairwise(before == null ? now : before, now, CpuPercent::busy);
  }

  List<Double> perCpuPercent(Duration interval) throws InterruptedException {
    List<CpuTimes> before = source().perCpuTimes();
    sleep(interval);
    return pairwise(before, source().perCpuTimes(), CpuPercent::busy);
  }

  CpuTimes timesPercent() {
    CpuTimes now = source().cpuTimes();
    CpuTimes before = lastForTimes.get();
    lastForTimes.set(now);
    return CpuPercent.timesPercent(before == null ? now : before, now);
  }

  CpuTimes timesPercent(Duration interval) throws InterruptedException {
    CpuTimes before = source().cpuTimes();
    sleep(interval);
    return CpuPercent.timesPercent(before, source().cpuTimes());
  }

  List<CpuTimes> perCpuTimesPercent() {
    List<CpuTimes> now = source().perCpuTimes();
    List<CpuTimes> before = swap(lastPerCpuForTimes, now);
    return pairwise(before == null ? now : before, now, CpuPercent::timesPercent);
  }

  List<CpuTimes> perCpuTimesPercent(Duration interval) throws InterruptedException {
    List<CpuTimes> before = source().perCpuTimes();
    sleep(interval);
    return pairwise(before, source().perCpuTimes(), CpuPercent::timesPercent);
  }

  /**
   * The mean of the CPUs' frequencies; min/max only if every CPU reports them (psutil/__init__.py
   * {@code cpu_freq}).
   */
  static Optional<CpuFreq> mean(List<CpuFreq> perCpu) {
    if (perCpu.isEmpty()) {
      return Optional.empty();
    }
    double current = 0;
    double min = 0;
    double max = 0;
    boolean bounds = true;
    for (CpuFreq f : perCpu) {
      current += f.current();
      if (f.min().isPresent() && f.max().isPresent()) {
        min += f.min().getAsDouble();
        max += f.max().getAsDouble();
      } else {
        bounds = false;
      }
    }
    int n = perCpu.size();
    return Optional.of(
        new CpuFreq(
            current / n,
            bounds ? OptionalDouble.of(min / n) : OptionalDouble.empty(),
            bounds ? OptionalDouble.of(max / n) : OptionalDouble.empty()));
  }

  private static <T> T sinceLast(
      ThreadLocal<CpuTimes> last, CpuTimes now, BiFunction<CpuTimes, CpuTimes, T> f, T first) {
    CpuTimes before = last.get();
    last.set(now);
    return before == null ? first : f.apply(before, now);
  }

  private static <T> T swap(ThreadLocal<T> last, T now) {
    T before = last.get();
    last.set(now);
    return before;
  }

  /**
   * Applies {@code f} CPU by CPU. If a CPU went offline between the samples the lists differ in
   * length; then the newer list is compared with itself, which reads as 0 % (psutil does the same
   * by re-taking its baseline).
   */
  private static <T> List<T> pairwise(
      List<CpuTimes> before, List<CpuTimes> after, BiFunction<CpuTimes, CpuTimes, T> f) {
    List<CpuTimes> base = before.size() == after.size() ? before : after;
    List<T> out = new ArrayList<>(after.size());
    for (int i = 0; i < after.size(); i++) {
      out.add(f.apply(base.get(i), after.get(i)));
    }
    return out;
  }

  /** Sleeps for a non-negative interval; psutil raises ValueError for a negative one. */
  static void sleep(Duration interval) throws InterruptedException {
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative()) {
      throw new IllegalArgumentException("interval is not positive (got " + interval + ")");
    }
    if (!interval.isZero()) {
      TimeUnit.NANOSECONDS.sleep(Deadline.nanos(interval));
    }
  }

  private CpuSource source() {
    return backend.cpu();
  }
}
