package io.github.jpsutil.metrics;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The meters of a changing set of things (disks, interfaces, mounts, processes): each key has its
 * list of meters, registered when the key first appears and removed when it is gone.
 *
 * @param <K> what identifies one thing, e.g. a device name or a process
 */
final class KeyedMeters<K> {
  private final MeterSink sink;
  private final Map<K, List<MeterDef>> byKey = new LinkedHashMap<>();

  KeyedMeters(MeterSink sink) {
    this.sink = sink;
  }

  /**
   * Makes the registered keys exactly {@code present}: meters of keys no longer present are
   * removed, {@code define} gives the meters of new ones.
   */
  void sync(Collection<K> present, Function<K, List<MeterDef>> define) {
    Set<K> keep = present instanceof Set<K> s ? s : new HashSet<>(present);
    byKey
        .entrySet()
        .removeIf(
            e -> {
              if (keep.contains(e.getKey())) {
                return false;
              }
              sink.removeAll(e.getValue());
              return true;
            });
    addNew(present, define);
  }

  /** Registers the meters of keys not seen before, keeping every earlier key. */
  void addNew(Collection<K> present, Function<K, List<MeterDef>> define) {
    for (K key : present) {
      if (!byKey.containsKey(key)) {
        List<MeterDef> defs = List.copyOf(define.apply(key));
        byKey.put(key, defs);
        sink.addAll(defs);
      }
    }
  }

  Set<K> keys() {
    return byKey.keySet();
  }
}
