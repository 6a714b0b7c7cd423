package io.github.jpsutil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * psutil's {@code nowrap}: counters that never go backwards. Whenever a value is lower than on the
 * previous call (a 32-bit overflow, or a driver reset), the previous value is added to a running
 * offset for that key and field, and every later value is raw + offset. Keys that disappear lose
 * their offsets. Thread-safe; callers hold this object's lock across the read of the raw values and
 * {@link #correct}, so that tables are corrected in the order they were read.
 */
final class WrapCounters {
  private final Map<String, List<Long>> last = new HashMap<>();
  private final Map<String, long[]> offsets = new HashMap<>();

  /** The corrected values, keyed like {@code raw}, each list in the same field order. */
  synchronized Map<String, List<Long>> correct(Map<String, List<Long>> raw) {
    Map<String, List<Long>> out = new HashMap<>();
    for (Map.Entry<String, List<Long>> e : raw.entrySet()) {
      String key = e.getKey();
      List<Long> now = e.getValue();
      List<Long> before = last.get(key);
      long[] offset = offsets.get(key);
      if (offset == null) {
        offset = new long[now.size()];
        offsets.put(key, offset);
      }
      if (before != null && before.size() == now.size() && offset.length == now.size()) {
        for (int i = 0; i < now.size(); i++) {
          if (now.get(i) < before.get(i)) {
            offset[i] += before.get(i);
          }
        }
      } else {
        offset = new long[now.size()];
        offsets.put(key, offset);
      }
      List<Long> fixed = new ArrayList<>(now.size());
      for (int i = 0; i < now.size(); i++) {
        fixed.add(now.get(i) + offset[i]);
      }
      out.put(key, fixed);
    }
    last.keySet().retainAll(raw.keySet());
    offsets.keySet().retainAll(raw.keySet());
    for (Map.Entry<String, List<Long>> e : raw.entrySet()) {
      last.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return out;
  }

  /** Forgets all state, as psutil's {@code cache_clear()}. */
  synchronized void clear() {
    last.clear();
    offsets.clear();
  }
}
