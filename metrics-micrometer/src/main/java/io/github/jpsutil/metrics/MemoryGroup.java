package io.github.jpsutil.metrics;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.VirtualMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code system.memory.usage} and {@code system.memory.utilization} by state, and {@code
 * system.memory.limit}, from one {@code virtualMemory()} per refresh.
 *
 * <p>States are psutil's fields under the convention's names: {@code used} (psutil's {@code used};
 * on Linux {@code total - available}, what {@code free} shows as used), {@code free}, and where the
 * OS has them {@code buffers} and {@code cached}. On Linux they add up to about, not exactly, the
 * limit: {@code used} is {@code total - MemAvailable}, and MemAvailable is the kernel's estimate of
 * what can be reclaimed, not exactly {@code free + buffers + cached}.
 */
final class MemoryGroup extends Group<VirtualMemory> {
  private static final List<String> STATES = List.of("used", "free", "buffers", "cached");

  private final Psutil psutil;
  private final MeterSink sink;
  private boolean registered;

  MemoryGroup(Psutil psutil, MeterSink sink) {
    this.psutil = psutil;
    this.sink = sink;
  }

  static boolean supported(Psutil p) {
    return p.supports(Feature.VIRTUAL_MEMORY);
  }

  @Override
  String name() {
    return "memory";
  }

  @Override
  VirtualMemory read(VirtualMemory previous) {
    return psutil.virtualMemory();
  }

  @Override
  void sync(VirtualMemory sample) {
    if (registered) {
      return;
    }
    registered = true;
    List<MeterDef> defs = new ArrayList<>();
    defs.add(MeterDef.of(Metric.MEMORY_LIMIT, () -> value(VirtualMemory::total)));
    Map<String, Number> fields = sample.asMap();
    for (String state : STATES) {
      if (fields.containsKey(state)) {
        defs.add(
            MeterDef.of(Metric.MEMORY_USAGE, () -> value(v -> field(v, state)), "state", state));
        defs.add(
            MeterDef.of(
                Metric.MEMORY_UTILIZATION,
                () -> value(v -> field(v, state) / v.total()),
                "state",
                state));
      }
    }
    sink.addAll(defs);
  }

  private static double field(VirtualMemory v, String name) {
    Number n = v.asMap().get(name);
    return n == null ? Double.NaN : n.doubleValue();
  }
}
