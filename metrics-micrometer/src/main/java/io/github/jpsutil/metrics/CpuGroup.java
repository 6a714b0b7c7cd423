package io.github.jpsutil.metrics;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * {@code system.cpu.time} and {@code system.cpu.utilization} per logical CPU and state, from one
 * {@code perCpuTimes()} per refresh; {@code system.cpu.logical.count} and {@code
 * system.cpu.physical.count}. The {@code cpu} attribute is {@code cpu<i>} with {@code i} the
 * position in psutil's per-CPU list (online CPUs in index order), as the Collector labels them.
 */
final class CpuGroup extends Group<CpuGroup.Sample> {
  /**
   * @param seconds per CPU, seconds per state
   * @param utilization per CPU, share per state since the previous sample (empty map: none yet)
   */
  record Sample(
      List<Map<String, Double>> seconds,
      List<Map<String, Double>> utilization,
      OptionalInt logical,
      OptionalInt physical) {}

  private final Psutil psutil;
  private final MeterSink sink;
  private final KeyedMeters<Integer> perCpu;
  private boolean countsRegistered;

  CpuGroup(Psutil psutil, MeterSink sink) {
    this.psutil = psutil;
    this.sink = sink;
    this.perCpu = new KeyedMeters<>(sink);
  }

  static boolean supported(Psutil p) {
    return p.supports(Feature.CPU_TIMES_PERCPU);
  }

  @Override
  String name() {
    return "cpu";
  }

  @Override
  Sample read(Sample previous) {
    List<CpuTimes> times = psutil.perCpuTimes();
    List<Map<String, Double>> seconds = new ArrayList<>(times.size());
    List<Map<String, Double>> utilization = new ArrayList<>(times.size());
    for (int i = 0; i < times.size(); i++) {
      Map<String, Double> now = CpuModes.seconds(times.get(i));
      seconds.add(now);
      boolean comparable = previous != null && i < previous.seconds().size();
      utilization.add(comparable ? CpuModes.utilization(previous.seconds().get(i), now) : Map.of());
    }
    OptionalInt logical =
        psutil.supports(Feature.CPU_COUNT) ? psutil.cpuCount() : OptionalInt.empty();
    OptionalInt physical =
        psutil.supports(Feature.CPU_COUNT_PHYSICAL)
            ? psutil.cpuCountPhysical()
            : OptionalInt.empty();
    return new Sample(List.copyOf(seconds), List.copyOf(utilization), logical, physical);
  }

  @Override
  void sync(Sample sample) {
    List<Integer> cpus = new ArrayList<>();
    for (int i = 0; i < sample.seconds().size(); i++) {
      cpus.add(i);
    }
    perCpu.sync(cpus, cpu -> define(cpu, sample.seconds().get(cpu).keySet()));
    if (!countsRegistered) {
      countsRegistered = true;
      if (sample.logical().isPresent()) {
        sink.add(MeterDef.of(Metric.CPU_LOGICAL_COUNT, () -> value(s -> count(s.logical()))));
      }
      if (sample.physical().isPresent()) {
        sink.add(MeterDef.of(Metric.CPU_PHYSICAL_COUNT, () -> value(s -> count(s.physical()))));
      }
    }
  }

  private List<MeterDef> define(int cpu, Iterable<String> states) {
    String label = "cpu" + cpu;
    List<MeterDef> defs = new ArrayList<>();
    for (String state : states) {
      defs.add(
          MeterDef.of(
              Metric.CPU_TIME,
              () -> value(s -> at(s.seconds(), cpu, state)),
              "cpu",
              label,
              "state",
              state));
      defs.add(
          MeterDef.of(
              Metric.CPU_UTILIZATION,
              () -> value(s -> at(s.utilization(), cpu, state)),
              "cpu",
              label,
              "state",
              state));
    }
    return defs;
  }

  private static double at(List<Map<String, Double>> perCpu, int cpu, String state) {
    if (cpu >= perCpu.size()) {
      return Double.NaN;
    }
    Double v = perCpu.get(cpu).get(state);
    return v == null ? Double.NaN : v;
  }

  private static double count(OptionalInt n) {
    return n.isPresent() ? n.getAsInt() : Double.NaN;
  }
}
