package io.github.jpsutil.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A meter filter that gives jpsutil's meters the semantic conventions' UCUM units ({@code By},
 * {@code s}, {@code 1}, {@code {operation}}, …) instead of Micrometer's base units. Add it to an
 * OTLP registry before binding, so an OpenTelemetry backend sees the units it expects; leave it off
 * a Prometheus registry, whose names end in the base unit ({@code _bytes}, {@code _seconds}).
 *
 * <pre>{@code
 * OtlpMeterRegistry otlp = new OtlpMeterRegistry(config, Clock.SYSTEM);
 * otlp.config().meterFilter(UcumUnits.filter());
 * JpsutilMetrics.builder().build().bindTo(otlp);
 * }</pre>
 *
 * Other meters pass unchanged, including Micrometer's own {@code process.cpu.time} (in ns), which
 * shares a name with jpsutil's but not its unit.
 */
public final class UcumUnits implements MeterFilter {
  private static final UcumUnits INSTANCE = new UcumUnits();
  private static final Map<String, Metric> BY_NAME = new HashMap<>();

  static {
    for (Metric m : Metric.values()) {
      BY_NAME.put(m.otelName(), m);
    }
  }

  private UcumUnits() {}

  /** {@return the filter (one shared, stateless instance)} */
  public static MeterFilter filter() {
    return INSTANCE;
  }

  @Override
  public Meter.Id map(Meter.Id id) {
    Metric m = BY_NAME.get(id.getName());
    if (m == null || !Objects.equals(m.baseUnit(), id.getBaseUnit())) {
      return id;
    }
    return id.withBaseUnit(m.ucumUnit());
  }
}
