package io.github.jpsutil.itests;

import io.github.jpsutil.api.Feature;
import java.util.Locale;
import java.util.Map;

/**
 * Which {@link Feature} each getter of {@link ProcessGetters} depends on: {@code PROC_} plus
 * psutil's name for most; the derived getters name the feature they are computed from.
 */
final class PortableFeatures {
  private static final Map<String, Feature> DERIVED =
      Map.ofEntries(
          Map.entry("parent", Feature.PROC_PPID),
          Map.entry("parents", Feature.PROC_PPID),
          Map.entry("children", Feature.PROC_PPID),
          Map.entry("children_recursive", Feature.PROC_PPID),
          Map.entry("cpu_percent", Feature.PROC_CPU_TIMES),
          Map.entry("cpu_percent_interval", Feature.PROC_CPU_TIMES),
          Map.entry("memory_percent", Feature.PROC_MEMORY_INFO),
          Map.entry("memory_percent_uss", Feature.PROC_MEMORY_FOOTPRINT),
          Map.entry("memory_maps_ungrouped", Feature.PROC_MEMORY_MAPS),
          Map.entry("net_connections_all", Feature.PROC_NET_CONNECTIONS));

  private PortableFeatures() {}

  /** The feature behind psutil's getter {@code name}; fails for a name it does not know. */
  static Feature of(String name) {
    Feature derived = DERIVED.get(name);
    return derived != null ? derived : Feature.valueOf("PROC_" + name.toUpperCase(Locale.ROOT));
  }
}
