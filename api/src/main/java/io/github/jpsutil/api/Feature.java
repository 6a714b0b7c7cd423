package io.github.jpsutil.api;

import java.util.Locale;

/**
 * Each psutil function or process method whose availability differs per OS. {@code
 * Psutil.supports(Feature)} says in advance whether a call will work or throw {@link
 * UnsupportedOperationException}. {@link #psutilName()} is psutil's function or method name.
 */
public enum Feature {
  // system
  CPU_TIMES,
  CPU_TIMES_PERCPU,
  CPU_COUNT,
  CPU_COUNT_PHYSICAL,
  CPU_STATS,
  CPU_FREQ,
  CPU_FREQ_PERCPU,
  GETLOADAVG,
  VIRTUAL_MEMORY,
  SWAP_MEMORY,
  DISK_PARTITIONS,
  DISK_USAGE,
  DISK_IO_COUNTERS,
  NET_IO_COUNTERS,
  NET_CONNECTIONS,
  NET_IF_ADDRS,
  NET_IF_STATS,
  SENSORS_TEMPERATURES,
  SENSORS_FANS,
  SENSORS_BATTERY,
  BOOT_TIME,
  USERS,
  HEAP_INFO,
  HEAP_TRIM,
  PIDS,
  WIN_SERVICES,
  /** Not in psutil (gh-490): limits and usage of a cgroup, {@code Psutil.containers()}. */
  CGROUP_RESOURCES,
  /**
   * Not in psutil (gh-899): process events through the kernel's process connector, and this process
   * may open it now (root or {@code CAP_NET_ADMIN}); {@code ProcessEventMode.CONNECTOR}.
   */
  PROCESS_EVENTS_CONNECTOR,
  /**
   * Not in psutil: process events through the unprivileged {@code /proc} rescan with pidfds for
   * exits; {@code ProcessEventMode.PROC_SCAN}.
   */
  PROCESS_EVENTS_SCAN,
  // process
  PROC_NAME,
  PROC_EXE,
  PROC_CMDLINE,
  PROC_ENVIRON,
  PROC_PPID,
  PROC_STATUS,
  PROC_CREATE_TIME,
  PROC_CWD,
  PROC_USERNAME,
  PROC_UIDS,
  PROC_GIDS,
  PROC_TERMINAL,
  PROC_NICE,
  PROC_IONICE,
  PROC_RLIMIT,
  PROC_IO_COUNTERS,
  PROC_NUM_CTX_SWITCHES,
  PROC_NUM_FDS,
  PROC_NUM_HANDLES,
  PROC_NUM_THREADS,
  PROC_THREADS,
  PROC_CPU_TIMES,
  PROC_CPU_NUM,
  PROC_CPU_AFFINITY,
  PROC_MEMORY_INFO,
  PROC_MEMORY_INFO_EX,
  PROC_MEMORY_FOOTPRINT,
  PROC_MEMORY_MAPS,
  PROC_PAGE_FAULTS,
  PROC_OPEN_FILES,
  PROC_NET_CONNECTIONS,
  PROC_SIGNALS,
  PROC_WAIT,
  /** Not in psutil: the cgroups of a process, {@code OsProcess.cgroup()}. */
  PROC_CGROUP;

  /** psutil's name: {@code cpu_times} for {@link #CPU_TIMES}, {@code cwd} for {@link #PROC_CWD}. */
  public String psutilName() {
    String n = name().toLowerCase(Locale.ROOT);
    return n.startsWith("proc_") ? n.substring(5) : n;
  }
}
