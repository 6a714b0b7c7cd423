package io.github.jpsutil.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reading meters of a registry in tests. */
final class MeterValues {
  private MeterValues() {}

  /**
   * The value of the one meter with this name and these tags (a gauge's value, a counter's count).
   *
   * @throws io.micrometer.core.instrument.search.MeterNotFoundException when there is none
   */
  static double value(MeterRegistry r, String name, String... tags) {
    Meter m = r.get(name).tags(tags).meter();
    return m.measure().iterator().next().getValue();
  }

  /** Every meter with this name. */
  static List<Meter> all(MeterRegistry r, String name) {
    return List.copyOf(r.find(name).meters());
  }

  /** The set of values of one tag over the meters with this name. */
  static Set<String> tagValues(MeterRegistry r, String name, String key) {
    Set<String> out = new TreeSet<>();
    for (Meter m : r.find(name).meters()) {
      out.add(m.getId().getTag(key));
    }
    return out;
  }

  /** The tag keys of every meter with this name, which must all be the same. */
  static Set<String> tagKeys(MeterRegistry r, String name) {
    Set<Set<String>> distinct = new java.util.HashSet<>();
    for (Meter m : r.find(name).meters()) {
      Set<String> keys = new TreeSet<>();
      for (Tag t : m.getId().getTags()) {
        keys.add(t.getKey());
      }
      distinct.add(keys);
    }
    if (distinct.size() != 1) {
      throw new AssertionError(name + ": expected one tag-key set, got " + distinct);
    }
    return distinct.iterator().next();
  }

  static double sum(MeterRegistry r, String name, String... tags) {
    double s = 0;
    for (Meter m : r.find(name).tags(tags).meters()) {
      s += m.measure().iterator().next().getValue();
    }
    return s;
  }
}
