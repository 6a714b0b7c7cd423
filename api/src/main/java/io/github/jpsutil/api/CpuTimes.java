package io.github.jpsutil.api;

import java.util.List;
import java.util.Map;

/**
 * Time the CPUs spent in each mode since boot, in seconds (psutil's {@code scputimes}); also the
 * percentages of {@code cpuTimesPercent}. {@code user}, {@code system} and {@code idle} exist on
 * every OS; each nested record adds its OS's fields in psutil's order.
 */
public sealed interface CpuTimes {
  /** {@return seconds in user mode (Linux: including guest time)} */
  double user();

  /** {@return seconds in kernel mode} */
  double system();

  /** {@return seconds doing nothing} */
  double idle();

  /** {@return every field in psutil's order, keyed by psutil's field name} */
  Map<String, Double> asMap();

  /**
   * The same OS's record with new values (percentages, deltas).
   *
   * @param values one value per field, in {@link #asMap()} order
   * @return a record of the same class holding {@code values}
   * @throws IllegalArgumentException if {@code values} has not one value per field
   */
  CpuTimes withValues(List<Double> values);

  /**
   * Linux, from {@code /proc/stat}. {@code user} includes {@code guest} and {@code nice} includes
   * {@code guestNice}; {@code iowait} is not part of {@code idle}.
   *
   * @param user psutil's {@code user}, CPU seconds
   * @param system psutil's {@code system}, CPU seconds
   * @param idle psutil's {@code idle}, CPU seconds
   * @param nice psutil's {@code nice}, CPU seconds
   * @param iowait psutil's {@code iowait}, CPU seconds
   * @param irq psutil's {@code irq}, CPU seconds
   * @param softirq psutil's {@code softirq}, CPU seconds
   * @param steal psutil's {@code steal}, CPU seconds
   * @param guest psutil's {@code guest}, CPU seconds
   * @param guestNice psutil's {@code guest_nice}, CPU seconds
   */
  record Linux(
      double user,
      double system,
      double idle,
      double nice,
      double iowait,
      double irq,
      double softirq,
      double steal,
      double guest,
      double guestNice)
      implements CpuTimes {
    public Map<String, Double> asMap() {
      return Fields.of(
          "user",
          user,
          "system",
          system,
          "idle",
          idle,
          "nice",
          nice,
          "iowait",
          iowait,
          "irq",
          irq,
          "softirq",
          softirq,
          "steal",
          steal,
          "guest",
          guest,
          "guest_nice",
          guestNice);
    }

    public Linux withValues(List<Double> v) {
      Fields.size(v, 10);
      return new Linux(
          v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
          v.get(9));
    }
  }

  /**
   * Windows; {@code irq} and {@code dpc} of the system-wide record are the per-CPU sums.
   *
   * @param user psutil's {@code user}, CPU seconds
   * @param system psutil's {@code system}, CPU seconds
   * @param idle psutil's {@code idle}, CPU seconds
   * @param irq psutil's {@code irq}, CPU seconds
   * @param dpc psutil's {@code dpc}, CPU seconds
   */
  record Windows(double user, double system, double idle, double irq, double dpc)
      implements CpuTimes {
    public Map<String, Double> asMap() {
      return Fields.of("user", user, "system", system, "idle", idle, "irq", irq, "dpc", dpc);
    }

    public Windows withValues(List<Double> v) {
      Fields.size(v, 5);
      return new Windows(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4));
    }
  }

  /**
   * macOS.
   *
   * @param user psutil's {@code user}, CPU seconds
   * @param system psutil's {@code system}, CPU seconds
   * @param idle psutil's {@code idle}, CPU seconds
   * @param nice psutil's {@code nice}, CPU seconds
   */
  record MacOs(double user, double system, double idle, double nice) implements CpuTimes {
    public Map<String, Double> asMap() {
      return Fields.of("user", user, "system", system, "idle", idle, "nice", nice);
    }

    public MacOs withValues(List<Double> v) {
      Fields.size(v, 4);
      return new MacOs(v.get(0), v.get(1), v.get(2), v.get(3));
    }
  }

  /**
   * FreeBSD.
   *
   * @param user psutil's {@code user}, CPU seconds
   * @param system psutil's {@code system}, CPU seconds
   * @param idle psutil's {@code idle}, CPU seconds
   * @param nice psutil's {@code nice}, CPU seconds
   * @param irq psutil's {@code irq}, CPU seconds
   */
  record FreeBsd(double user, double system, double idle, double nice, double irq)
      implements CpuTimes {
    public Map<String, Double> asMap() {
      return Fields.of("user", user, "system", system, "idle", idle, "nice", nice, "irq", irq);
    }

    public FreeBsd withValues(List<Double> v) {
      Fields.size(v, 5);
      return new FreeBsd(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4));
    }
  }

  /**
   * SunOS / illumos.
   *
   * @param user psutil's {@code user}, CPU seconds
   * @param system psutil's {@code system}, CPU seconds
   * @param idle psutil's {@code idle}, CPU seconds
   * @param iowait psutil's {@code iowait}, CPU seconds
   */
  record SunOs(double user, double system, double idle, double iowait) implements CpuTimes {
    public Map<String, Double> asMap() {
      return Fields.of("user", user, "system", system, "idle", idle, "iowait", iowait);
    }

    public SunOs withValues(List<Double> v) {
      Fields.size(v, 4);
      return new SunOs(v.get(0), v.get(1), v.get(2), v.get(3));
    }
  }
}
