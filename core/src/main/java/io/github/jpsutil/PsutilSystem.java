package io.github.jpsutil;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.api.User;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.api.WindowsService;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.PsutilProvider;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The system-wide half of {@link Psutil}: psutil's CPU, memory, disk, network, sensor, host and
 * Windows-service functions, and which of them the backend has. Package-private so that users see
 * one class, {@code Psutil}, as psutil's one module; split out only to keep each file readable.
 * javac gives {@code Psutil} public bridges for these methods, so reflection and method handles on
 * {@code Psutil} find them as its own.
 */
abstract sealed class PsutilSystem permits Psutil {
  private final PsutilProvider provider;
  final Backend backend;
  final Set<Feature> features;
  private final SystemCpu cpu;
  private final IoCounterTables io;
  private final BoundedCalls bounded = new BoundedCalls();
  private volatile long totalMemory;

  PsutilSystem(PsutilProvider provider, Backend backend) {
    this.provider = provider;
    this.backend = backend;
    this.features = Set.copyOf(provider.features());
    this.cpu = new SystemCpu(backend);
    this.io = new IoCounterTables(backend);
  }

  // ---- meta

  /** {@return the OS of the backend in use} */
  public OperatingSystem os() {
    return backend.os();
  }

  /** {@return the name of the provider in use, e.g. {@code "linux"}} */
  public String providerName() {
    return provider.name();
  }

  /**
   * Whether the backend implements {@code feature}; if not, its methods throw. For {@code
   * PROCESS_EVENTS_CONNECTOR} also whether this process may use the connector now (privilege).
   */
  public boolean supports(Feature feature) {
    return features.contains(Objects.requireNonNull(feature, "feature"))
        && ProcessEvents.holdsNow(this, feature);
  }

  void require(Feature feature) {
    if (!features.contains(feature)) {
      throw new UnsupportedOperationException(
          feature.psutilName() + " is not available on " + backend.os());
    }
  }

  Backend backend() {
    return backend;
  }

  // ---- CPU

  /** {@return system-wide CPU times, seconds since boot (psutil {@code cpu_times()})} */
  public CpuTimes cpuTimes() {
    require(Feature.CPU_TIMES);
    return backend.cpu().cpuTimes();
  }

  /** {@return CPU times of each CPU in index order (psutil {@code cpu_times(percpu=True)})} */
  public List<CpuTimes> perCpuTimes() {
    require(Feature.CPU_TIMES_PERCPU);
    return backend.cpu().perCpuTimes();
  }

  /**
   * System-wide CPU utilization since this thread's previous call, 0–100 (psutil {@code
   * cpu_percent(None)}). The first call in a thread returns 0.0.
   *
   * @return percent of all CPUs, 0–100
   */
  public double cpuPercent() {
    require(Feature.CPU_TIMES);
    return cpu.percent();
  }

  /**
   * CPU utilization over {@code interval}, blocking for it (psutil {@code cpu_percent(interval)}).
   */
  public double cpuPercent(Duration interval) throws InterruptedException {
    require(Feature.CPU_TIMES);
    return cpu.percent(interval);
  }

  /**
   * {@return per-CPU utilization since this thread's previous call (psutil {@code percpu=True})}
   */
  public List<Double> perCpuPercent() {
    require(Feature.CPU_TIMES_PERCPU);
    return cpu.perCpuPercent();
  }

  /** {@return per-CPU utilization over {@code interval}, blocking for it} */
  public List<Double> perCpuPercent(Duration interval) throws InterruptedException {
    require(Feature.CPU_TIMES_PERCPU);
    return cpu.perCpuPercent(interval);
  }

  /**
   * Share of each CPU mode since this thread's previous call, in percent (psutil {@code
   * cpu_times_percent()}); the fields add up to about 100 (psutil's sub-second under-reporting when
   * less than one CPU-second passed, psutil/__init__.py {@code cpu_times_percent}, is fixed).
   *
   * @return the OS's CPU-times record holding percentages
   */
  public CpuTimes cpuTimesPercent() {
    require(Feature.CPU_TIMES);
    return cpu.timesPercent();
  }

  /** {@return share of each CPU mode over {@code interval}, blocking for it} */
  public CpuTimes cpuTimesPercent(Duration interval) throws InterruptedException {
    require(Feature.CPU_TIMES);
    return cpu.timesPercent(interval);
  }

  /** {@return per-CPU mode shares since this thread's previous call} */
  public List<CpuTimes> perCpuTimesPercent() {
    require(Feature.CPU_TIMES_PERCPU);
    return cpu.perCpuTimesPercent();
  }

  /** {@return per-CPU mode shares over {@code interval}, blocking for it} */
  public List<CpuTimes> perCpuTimesPercent(Duration interval) throws InterruptedException {
    require(Feature.CPU_TIMES_PERCPU);
    return cpu.perCpuTimesPercent(interval);
  }

  /** {@return online logical CPUs (psutil {@code cpu_count()}); empty when undeterminable} */
  public OptionalInt cpuCount() {
    require(Feature.CPU_COUNT);
    return backend.cpu().cpuCountLogical();
  }

  /**
   * {@return physical cores (psutil {@code cpu_count(logical=False)}); empty when undeterminable}
   */
  public OptionalInt cpuCountPhysical() {
    require(Feature.CPU_COUNT_PHYSICAL);
    return backend.cpu().cpuCountPhysical();
  }

  /** {@return context switches, interrupts, soft interrupts and syscalls since boot} */
  public CpuStats cpuStats() {
    require(Feature.CPU_STATS);
    return backend.cpu().cpuStats();
  }

  /**
   * Mean CPU frequency in MHz over the online CPUs (psutil {@code cpu_freq()}); empty when
   * undeterminable. min/max are empty if any CPU's are unknown.
   *
   * @return current, min and max MHz, or empty
   */
  public Optional<CpuFreq> cpuFreq() {
    require(Feature.CPU_FREQ);
    return SystemCpu.mean(backend.cpu().perCpuFreq());
  }

  /** {@return frequency of each online CPU in MHz (psutil {@code cpu_freq(percpu=True)})} */
  public List<CpuFreq> perCpuFreq() {
    require(Feature.CPU_FREQ_PERCPU);
    return backend.cpu().perCpuFreq();
  }

  /** {@return 1-, 5- and 15-minute load averages (psutil {@code getloadavg()})} */
  public LoadAverage loadAverage() {
    require(Feature.GETLOADAVG);
    return backend.cpu().loadAverage();
  }

  // ---- memory

  /** {@return physical memory in bytes (psutil {@code virtual_memory()})} */
  public VirtualMemory virtualMemory() {
    require(Feature.VIRTUAL_MEMORY);
    return backend.memory().virtualMemory();
  }

  /** {@return swap in bytes (psutil {@code swap_memory()})} */
  public SwapMemory swapMemory() {
    require(Feature.SWAP_MEMORY);
    return backend.memory().swapMemory();
  }

  /** {@return this JVM's native C heap (psutil {@code heap_info()})} */
  public HeapInfo heapInfo() {
    require(Feature.HEAP_INFO);
    return backend.memory().heapInfo();
  }

  /** Returns free native heap memory to the OS (psutil {@code heap_trim()}). */
  public void heapTrim() {
    require(Feature.HEAP_TRIM);
    backend.memory().heapTrim();
  }

  // ---- disks

  /** {@return physical-device filesystems (psutil {@code disk_partitions()})} */
  public List<DiskPartition> diskPartitions() {
    return diskPartitions(false);
  }

  /** {@return mounted filesystems; {@code all} includes pseudo, memory and duplicate ones} */
  public List<DiskPartition> diskPartitions(boolean all) {
    require(Feature.DISK_PARTITIONS);
    return backend.disks().partitions(all);
  }

  /**
   * Usage of the filesystem holding {@code path}, in bytes (psutil {@code disk_usage(path)}).
   *
   * @throws java.io.UncheckedIOException wrapping {@link java.nio.file.NoSuchFileException} when
   *     {@code path} does not exist
   */
  public DiskUsage diskUsage(String path) {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty()) {
      throw new IllegalArgumentException("path must not be empty");
    }
    require(Feature.DISK_USAGE);
    return backend.disks().usage(path);
  }

  /** {@return {@link #diskUsage(String)} for a {@link Path}} */
  public DiskUsage diskUsage(Path path) {
    return diskUsage(Objects.requireNonNull(path, "path").toString());
  }

  /**
   * {@link #diskUsage(String)}, giving up after {@code timeout}. The kernel's statvfs waits for as
   * long as the filesystem does not answer (a dead NFS server on a hard mount, a stopped FUSE
   * daemon), so a monitor that polls every mount should use this form. It works as {@link
   * #withTimeout}: a call that timed out stays blocked on a daemon thread until the kernel returns,
   * and later calls for the same {@code path} join it rather than block another thread.
   *
   * @throws io.github.jpsutil.api.TimeoutExpired if no answer came within {@code timeout}
   * @throws IllegalArgumentException if {@code timeout} is zero or negative, or {@code path} empty
   * @throws InterruptedException if the calling thread is interrupted while it waits
   */
  public DiskUsage diskUsage(String path, Duration timeout) throws InterruptedException {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty()) {
      throw new IllegalArgumentException("path must not be empty");
    }
    require(Feature.DISK_USAGE);
    // The path is the key: calls for one path share a blocked worker (the only keyed caller).
    return bounded.call(path, timeout, () -> backend.disks().usage(path));
  }

  /**
   * Runs {@code call} (any jpsutil call) and returns its result, giving up after {@code timeout}:
   * for calls that can block in the kernel, such as {@code diskUsage} on a dead network mount,
   * {@code openFiles()} of a process holding a file on one, or {@code cmdline()}/{@code environ()}/
   * {@code memoryMaps()} of a process whose memory map is locked by a thread in D state. Example:
   * {@code ps.withTimeout(Duration.ofSeconds(2), proc::cmdline)}.
   *
   * <p>The call runs on a daemon thread ({@code jpsutil-bounded-N}) while the caller waits. Java
   * cannot abort a thread blocked in a system call, so after a timeout that thread stays behind
   * until the kernel returns, and its result is dropped (a call blocked in Java, e.g. a sleep, is
   * interrupted instead). At most {@value BoundedCalls#MAX_WORKERS} calls of one {@code Psutil} run
   * at once; when that many are stuck, a new call waits for one to end within its own timeout.
   *
   * @return what {@code call} returned; what it threw is thrown as is
   * @throws io.github.jpsutil.api.TimeoutExpired if no answer came within {@code timeout} (its
   *     {@code pid} is empty)
   * @throws IllegalArgumentException if {@code timeout} is zero or negative
   * @throws InterruptedException if the calling thread is interrupted while it waits
   */
  public <T> T withTimeout(Duration timeout, Supplier<? extends T> call)
      throws InterruptedException {
    return bounded.call(null, timeout, call);
  }

  /**
   * System-wide disk I/O, summed over whole disks, never wrapping (psutil {@code
   * disk_io_counters()}); empty when the system has no disks.
   *
   * @return the summed counters, or empty
   */
  public Optional<DiskIoCounters> diskIoCounters() {
    return diskIoCounters(true);
  }

  /** {@return as {@link #diskIoCounters()}; {@code nowrap=false} returns the raw kernel sums} */
  public Optional<DiskIoCounters> diskIoCounters(boolean nowrap) {
    require(Feature.DISK_IO_COUNTERS);
    return io.diskTotal(nowrap);
  }

  /** {@return disk I/O per disk and partition, never wrapping (psutil {@code perdisk=True})} */
  public Map<String, DiskIoCounters> perDiskIoCounters() {
    return perDiskIoCounters(true);
  }

  /**
   * {@return as {@link #perDiskIoCounters()}; {@code nowrap=false} returns the raw kernel values}
   */
  public Map<String, DiskIoCounters> perDiskIoCounters(boolean nowrap) {
    require(Feature.DISK_IO_COUNTERS);
    return io.perDisk(nowrap);
  }

  /**
   * Forgets the wrap correction of disk counters (psutil {@code disk_io_counters.cache_clear()}).
   */
  public void clearDiskIoCountersCache() {
    io.clearDisks();
  }

  // ---- network

  /**
   * System-wide network I/O, never wrapping (psutil {@code net_io_counters()}); empty if no NIC.
   *
   * @return the summed counters, or empty
   */
  public Optional<NetIoCounters> netIoCounters() {
    return netIoCounters(true);
  }

  /** {@return as {@link #netIoCounters()}; {@code nowrap=false} returns the raw kernel sums} */
  public Optional<NetIoCounters> netIoCounters(boolean nowrap) {
    require(Feature.NET_IO_COUNTERS);
    return io.netTotal(nowrap);
  }

  /** {@return network I/O per interface, never wrapping (psutil {@code pernic=True})} */
  public Map<String, NetIoCounters> perNicIoCounters() {
    return perNicIoCounters(true);
  }

  /**
   * {@return as {@link #perNicIoCounters()}; {@code nowrap=false} returns the raw kernel values}
   */
  public Map<String, NetIoCounters> perNicIoCounters(boolean nowrap) {
    require(Feature.NET_IO_COUNTERS);
    return io.perNic(nowrap);
  }

  /** Forgets the wrap correction of network counters (psutil {@code cache_clear()}). */
  public void clearNetIoCountersCache() {
    io.clearNics();
  }

  /**
   * {@return the IPv4 and IPv6 sockets of the system (psutil {@code net_connections()}, kind inet)}
   */
  public List<Connection> netConnections() {
    return netConnections(ConnectionKind.INET);
  }

  /**
   * Sockets of the given kind, with owning pid and fd where visible (psutil {@code
   * net_connections(kind)}). Unordered.
   */
  public List<Connection> netConnections(ConnectionKind kind) {
    Objects.requireNonNull(kind, "kind");
    require(Feature.NET_CONNECTIONS);
    return backend.network().connections(kind);
  }

  /**
   * {@return {@link #netConnections(ConnectionKind)} with psutil's kind string, e.g. {@code
   * "tcp4"}}
   */
  public List<Connection> netConnections(String kind) {
    return netConnections(ConnectionKind.fromName(kind));
  }

  /** {@return addresses of each interface, sorted by family (psutil {@code net_if_addrs()})} */
  public Map<String, List<NicAddress>> netIfAddrs() {
    require(Feature.NET_IF_ADDRS);
    return backend.network().ifAddrs();
  }

  /** {@return state of each interface (psutil {@code net_if_stats()})} */
  public Map<String, NicStats> netIfStats() {
    require(Feature.NET_IF_STATS);
    return backend.network().ifStats();
  }

  // ---- sensors

  /**
   * {@return temperatures in °C per chip (psutil {@code sensors_temperatures()}); empty if none}
   */
  public Map<String, List<Temperature>> sensorsTemperatures() {
    return sensorsTemperatures(false);
  }

  /** {@return temperatures in °C, or °F ({@code n * 9 / 5 + 32}) when {@code fahrenheit}} */
  public Map<String, List<Temperature>> sensorsTemperatures(boolean fahrenheit) {
    require(Feature.SENSORS_TEMPERATURES);
    Map<String, List<Temperature>> celsius = backend.sensors().temperatures();
    return fahrenheit ? Fahrenheit.convert(celsius) : celsius;
  }

  /** {@return fan speeds in RPM per chip (psutil {@code sensors_fans()}); empty if none} */
  public Map<String, List<Fan>> sensorsFans() {
    require(Feature.SENSORS_FANS);
    return backend.sensors().fans();
  }

  /** {@return the battery, if any (psutil {@code sensors_battery()})} */
  public Optional<Battery> sensorsBattery() {
    require(Feature.SENSORS_BATTERY);
    return backend.sensors().battery();
  }

  // ---- host

  /** {@return when the system booted (psutil {@code boot_time()}); follows the wall clock} */
  public Instant bootTime() {
    require(Feature.BOOT_TIME);
    return backend.host().bootTime();
  }

  /** {@return logged-in user sessions (psutil {@code users()})} */
  public List<User> users() {
    require(Feature.USERS);
    return backend.host().users();
  }

  /** Physical memory, read once: psutil caches it for {@code memory_percent}. */
  long totalMemory() {
    long t = totalMemory;
    if (t == 0) {
      t = virtualMemory().total();
      totalMemory = t;
    }
    return t;
  }

  /** {@return windows services (psutil {@code win_service_iter()}); Windows only} */
  public List<WindowsService> winServiceIter() {
    require(Feature.WIN_SERVICES);
    return backend.windowsServices().services();
  }

  /**
   * The Windows service with this name (psutil {@code win_service_get(name)}).
   *
   * @throws NoSuchProcess when there is no such service, as psutil
   */
  public WindowsService winServiceGet(String name) {
    Objects.requireNonNull(name, "name");
    require(Feature.WIN_SERVICES);
    return backend
        .windowsServices()
        .service(name)
        .orElseThrow(() -> new NoSuchProcess(0, name, "service " + name + " does not exist"));
  }
}
