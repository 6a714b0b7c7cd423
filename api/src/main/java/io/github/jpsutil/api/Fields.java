package io.github.jpsutil.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ordered name→value maps for the records' {@code asMap()} methods. */
final class Fields {
  private Fields() {}

  /** Alternating names and values, kept in the given order. */
  @SuppressWarnings("unchecked")
  static <V> Map<String, V> of(Object... namesAndValues) {
    Map<String, V> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], (V) namesAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  static void size(List<?> values, int expected) {
    if (values.size() != expected) {
      throw new IllegalArgumentException(
          "expected " + expected + " values, got " + values.size() + ": " + values);
    }
  }
}
