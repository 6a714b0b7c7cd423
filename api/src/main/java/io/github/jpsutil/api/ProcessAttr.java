package io.github.jpsutil.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The attribute names {@code asDict} and {@code processIter} accept (psutil 8.0's {@code
 * Process.attrs}), in psutil's alphabetical order, so an {@link java.util.EnumMap} of them iterates
 * as psutil's sorted dict does. {@link #feature()} tells which platforms have each.
 */
public enum ProcessAttr {
  CMDLINE(Feature.PROC_CMDLINE),
  CPU_AFFINITY(Feature.PROC_CPU_AFFINITY),
  CPU_NUM(Feature.PROC_CPU_NUM),
  CPU_PERCENT(Feature.PROC_CPU_TIMES),
  CPU_TIMES(Feature.PROC_CPU_TIMES),
  CREATE_TIME(Feature.PROC_CREATE_TIME),
  CWD(Feature.PROC_CWD),
  ENVIRON(Feature.PROC_ENVIRON),
  EXE(Feature.PROC_EXE),
  GIDS(Feature.PROC_GIDS),
  IO_COUNTERS(Feature.PROC_IO_COUNTERS),
  IONICE(Feature.PROC_IONICE),
  MEMORY_FOOTPRINT(Feature.PROC_MEMORY_FOOTPRINT),
  MEMORY_INFO(Feature.PROC_MEMORY_INFO),
  MEMORY_INFO_EX(Feature.PROC_MEMORY_INFO_EX),
  MEMORY_MAPS(Feature.PROC_MEMORY_MAPS),
  MEMORY_PERCENT(Feature.PROC_MEMORY_INFO),
  NAME(Feature.PROC_NAME),
  NET_CONNECTIONS(Feature.PROC_NET_CONNECTIONS),
  NICE(Feature.PROC_NICE),
  NUM_CTX_SWITCHES(Feature.PROC_NUM_CTX_SWITCHES),
  NUM_FDS(Feature.PROC_NUM_FDS),
  NUM_HANDLES(Feature.PROC_NUM_HANDLES),
  NUM_THREADS(Feature.PROC_NUM_THREADS),
  OPEN_FILES(Feature.PROC_OPEN_FILES),
  PAGE_FAULTS(Feature.PROC_PAGE_FAULTS),
  PID(Feature.PIDS),
  PPID(Feature.PROC_PPID),
  STATUS(Feature.PROC_STATUS),
  TERMINAL(Feature.PROC_TERMINAL),
  THREADS(Feature.PROC_THREADS),
  UIDS(Feature.PROC_UIDS),
  USERNAME(Feature.PROC_USERNAME);

  private final Feature feature;

  ProcessAttr(Feature feature) {
    this.feature = feature;
  }

  /** The feature a backend must support for this attribute to exist on its platform. */
  public Feature feature() {
    return feature;
  }

  /** psutil's name, e.g. {@code memory_info_ex}. */
  public String psutilName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The attribute with psutil's name.
   *
   * @throws IllegalArgumentException naming the valid attribute names, as psutil raises ValueError
   */
  public static ProcessAttr fromName(String name) {
    if (name != null) {
      for (ProcessAttr a : values()) {
        if (a.psutilName().equals(name)) {
          return a;
        }
      }
    }
    throw new IllegalArgumentException(
        "invalid attr name "
            + (name == null ? "null" : "'" + name + "'")
            + "; valid names: "
            + Arrays.stream(values())
                .map(ProcessAttr::psutilName)
                .collect(Collectors.joining(", ")));
  }
}
