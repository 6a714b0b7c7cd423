package io.github.jpsutil.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The attribute names {@code asDict} and {@code processIter} accept (psutil 8.0's {@code
 * Process.attrs}), in psutil's alphabetical order, so an {@link java.util.EnumMap} of them iterates
 * as psutil's sorted dict does. {@link #feature()} tells which platforms have each.
 */
public enum ProcessAttr {
  /** {@code cmdline}: the value of {@code OsProcess.cmdline()}. */
  CMDLINE(Feature.PROC_CMDLINE),
  /** {@code cpu_affinity}: the value of {@code OsProcess.cpuAffinity()}. */
  CPU_AFFINITY(Feature.PROC_CPU_AFFINITY),
  /** {@code cpu_num}: the value of {@code OsProcess.cpuNum()}. */
  CPU_NUM(Feature.PROC_CPU_NUM),
  /**
   * {@code cpu_percent}: {@code OsProcess.cpuPercent()}, percent of one CPU since the previous
   * call.
   */
  CPU_PERCENT(Feature.PROC_CPU_TIMES),
  /** {@code cpu_times}: the value of {@code OsProcess.cpuTimes()}. */
  CPU_TIMES(Feature.PROC_CPU_TIMES),
  /** {@code create_time}: the value of {@code OsProcess.createTime()}. */
  CREATE_TIME(Feature.PROC_CREATE_TIME),
  /** {@code cwd}: the value of {@code OsProcess.cwd()}. */
  CWD(Feature.PROC_CWD),
  /** {@code environ}: the value of {@code OsProcess.environ()}. */
  ENVIRON(Feature.PROC_ENVIRON),
  /** {@code exe}: the value of {@code OsProcess.exe()}. */
  EXE(Feature.PROC_EXE),
  /** {@code gids}: the value of {@code OsProcess.gids()}. */
  GIDS(Feature.PROC_GIDS),
  /** {@code io_counters}: the value of {@code OsProcess.ioCounters()}. */
  IO_COUNTERS(Feature.PROC_IO_COUNTERS),
  /** {@code ionice}: the value of {@code OsProcess.ionice()}. */
  IONICE(Feature.PROC_IONICE),
  /** {@code memory_footprint}: the value of {@code OsProcess.memoryFootprint()}. */
  MEMORY_FOOTPRINT(Feature.PROC_MEMORY_FOOTPRINT),
  /** {@code memory_info}: the value of {@code OsProcess.memoryInfo()}. */
  MEMORY_INFO(Feature.PROC_MEMORY_INFO),
  /** {@code memory_info_ex}: the value of {@code OsProcess.memoryInfoEx()}. */
  MEMORY_INFO_EX(Feature.PROC_MEMORY_INFO_EX),
  /** {@code memory_maps}: the value of {@code OsProcess.memoryMaps()}. */
  MEMORY_MAPS(Feature.PROC_MEMORY_MAPS),
  /**
   * {@code memory_percent}: {@code OsProcess.memoryPercent()}, resident size as a percent of
   * physical memory.
   */
  MEMORY_PERCENT(Feature.PROC_MEMORY_INFO),
  /** {@code name}: the value of {@code OsProcess.name()}. */
  NAME(Feature.PROC_NAME),
  /** {@code net_connections}: the value of {@code OsProcess.netConnections()}. */
  NET_CONNECTIONS(Feature.PROC_NET_CONNECTIONS),
  /** {@code nice}: the value of {@code OsProcess.nice()}. */
  NICE(Feature.PROC_NICE),
  /** {@code num_ctx_switches}: the value of {@code OsProcess.numCtxSwitches()}. */
  NUM_CTX_SWITCHES(Feature.PROC_NUM_CTX_SWITCHES),
  /** {@code num_fds}: the value of {@code OsProcess.numFds()}. */
  NUM_FDS(Feature.PROC_NUM_FDS),
  /** {@code num_handles}: the value of {@code OsProcess.numHandles()}. */
  NUM_HANDLES(Feature.PROC_NUM_HANDLES),
  /** {@code num_threads}: the value of {@code OsProcess.numThreads()}. */
  NUM_THREADS(Feature.PROC_NUM_THREADS),
  /** {@code open_files}: the value of {@code OsProcess.openFiles()}. */
  OPEN_FILES(Feature.PROC_OPEN_FILES),
  /** {@code page_faults}: the value of {@code OsProcess.pageFaults()}. */
  PAGE_FAULTS(Feature.PROC_PAGE_FAULTS),
  /** {@code pid}: the process id, which every platform has. */
  PID(Feature.PIDS),
  /** {@code ppid}: the value of {@code OsProcess.ppid()}. */
  PPID(Feature.PROC_PPID),
  /** {@code status}: the value of {@code OsProcess.status()}. */
  STATUS(Feature.PROC_STATUS),
  /** {@code terminal}: the value of {@code OsProcess.terminal()}. */
  TERMINAL(Feature.PROC_TERMINAL),
  /** {@code threads}: the value of {@code OsProcess.threads()}. */
  THREADS(Feature.PROC_THREADS),
  /** {@code uids}: the value of {@code OsProcess.uids()}. */
  UIDS(Feature.PROC_UIDS),
  /** {@code username}: the value of {@code OsProcess.username()}. */
  USERNAME(Feature.PROC_USERNAME);

  private final Feature feature;

  ProcessAttr(Feature feature) {
    this.feature = feature;
  }

  /**
   * The feature a backend must support for this attribute to exist on its platform.
   *
   * @return the feature; {@code Psutil.supports} of it tells whether {@code asDict} fills it
   */
  public Feature feature() {
    return feature;
  }

  /**
   * psutil's name of this attribute, the key of {@code as_dict()}.
   *
   * @return the constant's name in lower case, e.g. {@code memory_info_ex}
   */
  public String psutilName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The attribute with psutil's name.
   *
   * @param name psutil's attribute name, e.g. {@code memory_info}
   * @return the attribute whose {@link #psutilName()} is {@code name}
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
