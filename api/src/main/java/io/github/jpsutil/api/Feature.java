package io.github.jpsutil.api;

import java.util.Locale;

/**
 * Each psutil function or process method whose availability differs per OS. {@code
 * Psutil.supports(Feature)} says in advance whether a call will work or throw {@link
 * UnsupportedOperationException}. {@link #psutilName()} is psutil's function or method name.
 */
public enum Feature {
  // system
  /** System-wide CPU times by mode, psutil's {@code cpu_times()}. */
  CPU_TIMES,
  /** CPU times of each logical CPU, psutil's {@code cpu_times(percpu=True)}. */
  CPU_TIMES_PERCPU,
  /** Number of logical CPUs, psutil's {@code cpu_count()}. */
  CPU_COUNT,
  /** Number of physical cores, psutil's {@code cpu_count(logical=False)}. */
  CPU_COUNT_PHYSICAL,
  /** Context switches, interrupts and system calls since boot, psutil's {@code cpu_stats()}. */
  CPU_STATS,
  /** Current, minimum and maximum CPU frequency, psutil's {@code cpu_freq()}. */
  CPU_FREQ,
  /** Frequency of each CPU, psutil's {@code cpu_freq(percpu=True)}. */
  CPU_FREQ_PERCPU,
  /** 1, 5 and 15 minute load averages, psutil's {@code getloadavg()}. */
  GETLOADAVG,
  /** Physical memory usage, psutil's {@code virtual_memory()}. */
  VIRTUAL_MEMORY,
  /** Swap usage and swap-in/out counts, psutil's {@code swap_memory()}. */
  SWAP_MEMORY,
  /** Mounted file systems, psutil's {@code disk_partitions()}. */
  DISK_PARTITIONS,
  /** Total, used and free bytes of a path's file system, psutil's {@code disk_usage()}. */
  DISK_USAGE,
  /** Per-disk and total I/O counters, psutil's {@code disk_io_counters()}. */
  DISK_IO_COUNTERS,
  /** Per-interface and total network I/O counters, psutil's {@code net_io_counters()}. */
  NET_IO_COUNTERS,
  /** The system's sockets, psutil's {@code net_connections()}. */
  NET_CONNECTIONS,
  /** Addresses of each network interface, psutil's {@code net_if_addrs()}. */
  NET_IF_ADDRS,
  /** Up/down, duplex, speed, MTU and flags of each interface, psutil's {@code net_if_stats()}. */
  NET_IF_STATS,
  /** Hardware temperatures, psutil's {@code sensors_temperatures()}. */
  SENSORS_TEMPERATURES,
  /** Fan speeds, psutil's {@code sensors_fans()}. */
  SENSORS_FANS,
  /** Battery charge and power source, psutil's {@code sensors_battery()}. */
  SENSORS_BATTERY,
  /** System boot time, psutil's {@code boot_time()}. */
  BOOT_TIME,
  /** Users logged in, psutil's {@code users()}. */
  USERS,
  /** The C allocator's heap statistics of this process, psutil's {@code heap_info()}. */
  HEAP_INFO,
  /** Returning free heap memory to the OS, psutil's {@code heap_trim()}. */
  HEAP_TRIM,
  /** The ids of the running processes, psutil's {@code pids()}. */
  PIDS,
  /** Windows services, psutil's {@code win_service_iter()} and {@code win_service_get()}. */
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
  /** Process name, psutil's {@code Process.name()}. */
  PROC_NAME,
  /** Path of the process's executable, psutil's {@code Process.exe()}. */
  PROC_EXE,
  /** Command-line arguments, psutil's {@code Process.cmdline()}. */
  PROC_CMDLINE,
  /** Environment variables of a process, psutil's {@code Process.environ()}. */
  PROC_ENVIRON,
  /** Parent process id, psutil's {@code Process.ppid()}. */
  PROC_PPID,
  /** Scheduler state (running, sleeping, zombie…), psutil's {@code Process.status()}. */
  PROC_STATUS,
  /** Process start time, psutil's {@code Process.create_time()}. */
  PROC_CREATE_TIME,
  /** Current working directory, psutil's {@code Process.cwd()}. */
  PROC_CWD,
  /** Name of the process's owner, psutil's {@code Process.username()}. */
  PROC_USERNAME,
  /** Real, effective and saved user ids, psutil's {@code Process.uids()}. */
  PROC_UIDS,
  /** Real, effective and saved group ids, psutil's {@code Process.gids()}. */
  PROC_GIDS,
  /** Controlling terminal, psutil's {@code Process.terminal()}. */
  PROC_TERMINAL,
  /** Nice value (Windows: priority class), read and set, psutil's {@code Process.nice()}. */
  PROC_NICE,
  /** I/O scheduling class and level, read and set, psutil's {@code Process.ionice()}. */
  PROC_IONICE,
  /** Resource limits, read and set, psutil's {@code Process.rlimit()}. */
  PROC_RLIMIT,
  /** Bytes and calls of a process's reads and writes, psutil's {@code Process.io_counters()}. */
  PROC_IO_COUNTERS,
  /** Voluntary and involuntary context switches, psutil's {@code Process.num_ctx_switches()}. */
  PROC_NUM_CTX_SWITCHES,
  /** Number of open file descriptors, psutil's {@code Process.num_fds()}. */
  PROC_NUM_FDS,
  /** Number of open Windows handles, psutil's {@code Process.num_handles()}. */
  PROC_NUM_HANDLES,
  /** Number of threads, psutil's {@code Process.num_threads()}. */
  PROC_NUM_THREADS,
  /** Each thread's id and CPU times, psutil's {@code Process.threads()}. */
  PROC_THREADS,
  /** User and system CPU seconds of a process, psutil's {@code Process.cpu_times()}. */
  PROC_CPU_TIMES,
  /** The CPU a process last ran on, psutil's {@code Process.cpu_num()}. */
  PROC_CPU_NUM,
  /** The CPUs a process may run on, read and set, psutil's {@code Process.cpu_affinity()}. */
  PROC_CPU_AFFINITY,
  /** Resident and virtual size, psutil's {@code Process.memory_info()}. */
  PROC_MEMORY_INFO,
  /** The OS's full set of memory counters, psutil's {@code Process.memory_info_ex()}. */
  PROC_MEMORY_INFO_EX,
  /** Unique, proportional and swapped memory, psutil's {@code Process.memory_full_info()}. */
  PROC_MEMORY_FOOTPRINT,
  /** Mapped memory regions, psutil's {@code Process.memory_maps()}. */
  PROC_MEMORY_MAPS,
  /** Minor and major page faults, psutil's {@code Process.page_faults()}. */
  PROC_PAGE_FAULTS,
  /** Regular files a process has open, psutil's {@code Process.open_files()}. */
  PROC_OPEN_FILES,
  /** Sockets of a process, psutil's {@code Process.net_connections()}. */
  PROC_NET_CONNECTIONS,
  /** Sending signals (suspend, resume, terminate, kill), psutil's {@code Process.send_signal()}. */
  PROC_SIGNALS,
  /** Waiting for a process to end, psutil's {@code Process.wait()}. */
  PROC_WAIT,
  /** Not in psutil: the cgroups of a process, {@code OsProcess.cgroup()}. */
  PROC_CGROUP;

  /**
   * psutil's name of this function or method.
   *
   * @return the constant's name in lower case without the {@code proc_} prefix: {@code cpu_times}
   *     for {@link #CPU_TIMES}, {@code cwd} for {@link #PROC_CWD}
   */
  public String psutilName() {
    String n = name().toLowerCase(Locale.ROOT);
    return n.startsWith("proc_") ? n.substring(5) : n;
  }
}
