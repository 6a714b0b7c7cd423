package io.github.jpsutil.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToDoubleFunction;

/**
 * The meters the binder has defined and the registries it is bound to: every definition is
 * registered in every registry, whichever came first, and removed from all of them together.
 * Callers hold the binder's lock; reads of meter values take no lock here.
 */
final class MeterSink {
  private static final System.Logger LOG = System.getLogger(JpsutilMetrics.class.getName());

  private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();
  private final Map<MeterDef, List<Meter>> live = new IdentityHashMap<>();
  private final Runnable beforeRead;
  private final Set<String> readFailureLogged = ConcurrentHashMap.newKeySet();

  /**
   * @param beforeRead run before each value is read (the binder's check that its sample is fresh)
   */
  MeterSink(Runnable beforeRead) {
    this.beforeRead = beforeRead;
  }

  /** Registers every defined meter in {@code registry}, and later ones as they come. */
  void bind(MeterRegistry registry) {
    if (registries.contains(registry)) {
      return;
    }
    registries.add(registry);
    live.forEach((def, meters) -> meters.add(register(registry, def)));
  }

  void add(MeterDef def) {
    List<Meter> meters = new ArrayList<>(registries.size());
    for (MeterRegistry r : registries) {
      meters.add(register(r, def));
    }
    live.put(def, meters);
  }

  void addAll(List<MeterDef> defs) {
    defs.forEach(this::add);
  }

  void remove(MeterDef def) {
    List<Meter> meters = live.remove(def);
    if (meters == null) {
      return;
    }
    for (int i = 0; i < meters.size(); i++) {
      registries.get(i).remove(meters.get(i));
    }
  }

  void removeAll(List<MeterDef> defs) {
    defs.forEach(this::remove);
  }

  /** Removes every meter from every registry and forgets the registries. */
  void close() {
    new ArrayList<>(live.keySet()).forEach(this::remove);
    registries.clear();
  }

  /** How many meters are defined (each is registered once per bound registry). */
  int size() {
    return live.size();
  }

  private Meter register(MeterRegistry registry, MeterDef def) {
    Metric m = def.metric();
    // The function captures def strongly: Micrometer holds the state object only weakly.
    ToDoubleFunction<MeterSink> read = sink -> sink.read(def);
    return switch (m.kind()) {
      case GAUGE ->
          Gauge.builder(m.otelName(), this, read)
              .tags(def.tags())
              .description(m.description())
              .baseUnit(m.baseUnit())
              .strongReference(true)
              .register(registry);
      case COUNTER ->
          FunctionCounter.builder(m.otelName(), this, read)
              .tags(def.tags())
              .description(m.description())
              .baseUnit(m.baseUnit())
              .register(registry);
    };
  }

  /**
   * The meter's value from a fresh sample. A failure becomes NaN (logged once per metric):
   * Micrometer's function counters do not catch exceptions, and one bad value must not fail a whole
   * scrape.
   */
  private double read(MeterDef def) {
    try {
      beforeRead.run();
      return def.value().getAsDouble();
    } catch (RuntimeException e) {
      if (readFailureLogged.add(def.metric().otelName())) {
        LOG.log(
            Level.WARNING, "jpsutil metrics: reading " + def.metric().otelName() + " failed", e);
      }
      return Double.NaN;
    }
  }
}
