package io.github.jpsutil.metrics;

import io.micrometer.core.instrument.Tags;
import java.util.function.DoubleSupplier;

/**
 * One meter the binder keeps registered in every registry it is bound to: which metric, its tags,
 * and how to read its current value. Compared by identity: two definitions are two meters.
 *
 * @param metric the metric (name, kind, units)
 * @param tags the attributes of this series
 * @param value reads the value from the latest sample; NaN when the sample has none
 */
record MeterDef(Metric metric, Tags tags, DoubleSupplier value) {
  static MeterDef of(Metric metric, DoubleSupplier value, String... tags) {
    return new MeterDef(metric, Tags.of(tags), value);
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
