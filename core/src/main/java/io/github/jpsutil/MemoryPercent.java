package io.github.jpsutil;

import io.github.jpsutil.api.MemoryMap;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.MemoryMapStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** memory_percent's field lookup and memory_maps' grouping. */
final class MemoryPercent {
  private MemoryPercent() {}

  /**
   * The value of field {@code memtype} from memory_info, memory_info_ex or memory_footprint,
   * reading only the source that has it.
   */
  static long field(OsProcess p, String memtype) {
    Map<String, Long> info = p.memoryInfo().asMap();
    if (info.containsKey(memtype)) {
      return info.get(memtype);
    }
    Map<String, Long> ex = p.memoryInfoEx().asMap();
    if (ex.containsKey(memtype)) {
      return ex.get(memtype);
    }
    Map<String, Long> footprint = p.memoryFootprint().asMap();
    if (footprint.containsKey(memtype)) {
      return footprint.get(memtype);
    }
    Set<String> valid = new LinkedHashSet<>(info.keySet());
    valid.addAll(ex.keySet());
    valid.addAll(footprint.keySet());
    throw new IllegalArgumentException(
        "invalid memtype '" + memtype + "'; valid types are " + valid);
  }

  /** psutil's grouped=True: one entry per path, numbers summed, in first-seen order. */
  static List<MemoryMap> group(List<MemoryMapRegion> regions) {
    Map<String, MemoryMapStats> byPath = new LinkedHashMap<>();
    for (MemoryMapRegion r : regions) {
      MemoryMapStats sum = byPath.get(r.path());
      byPath.put(r.path(), sum == null ? r.stats() : sum.plus(r.stats()));
    }
    List<MemoryMap> out = new ArrayList<>(byPath.size());
    for (Map.Entry<String, MemoryMapStats> e : byPath.entrySet()) {
      out.add(new MemoryMap(e.getKey(), e.getValue()));
    }
    return List.copyOf(out);
  }
}
