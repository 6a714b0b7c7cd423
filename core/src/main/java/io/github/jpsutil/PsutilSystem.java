package io.github.jpsutil;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.api.User;
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
import java.util.function.Supplier;

/**
 * The second part of {@link Psutil}'s system-wide functions: psutil's disk, network, sensor, host
 * and Windows-service functions (CPU and memory are in {@link PsutilCpuAndMemory}). Package-private
 * so that users see one class, {@code Psutil}, as psutil's one module; split only to keep each file
 * readable. javac gives {@code Psutil} public bridges for these methods.
 */
abstract sealed class PsutilSystem extends PsutilCpuAndMemory permits Psutil {
  PsutilSystem(PsutilProvider provider, Backend backend) {
    super(provider, backend);
  }

  // ---- disks

  /** {@return physical-device filesystems (psutil {@code disk_partitions()})} */
  public List<DiskPartition> diskPartitions() {
    return diskPartitions(false);
  }

  /**
   * {@return mounted filesystems; {@code all} includes pseudo, memory and duplicate ones}
   *
   * @param all also list pseudo, memory and duplicate filesystems (psutil's {@code all})
   */
  public List<DiskPartition> diskPartitions(boolean all) {
    require(Feature.DISK_PARTITIONS);
    return backend.disks().partitions(all);
  }

  /**
   * Usage of the filesystem holding {@code path}, in bytes (psutil {@code disk_usage(path)}).
   *
   * @param path any path on the filesystem
   * @return total, used and free bytes and the used percentage
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

  /**
   * {@return {@link #diskUsage(String)} for a {@link Path}}
   *
   * @param path any path on the filesystem
   */
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
   * @param path any path on the filesystem
   * @param timeout how long to wait for the OS's answer
   * @return total, used and free bytes and the used percentage
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
    return bounded().call(path, timeout, () -> backend.disks().usage(path));
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
   * @param <T> what {@code call} returns
   * @param timeout how long to wait for {@code call}
   * @param call the call to run on a worker thread
   * @return what {@code call} returned; what it threw is thrown as is
   * @throws io.github.jpsutil.api.TimeoutExpired if no answer came within {@code timeout} (its
   *     {@code pid} is empty)
   * @throws IllegalArgumentException if {@code timeout} is zero or negative
   * @throws InterruptedException if the calling thread is interrupted while it waits
   */
  public <T> T withTimeout(Duration timeout, Supplier<? extends T> call)
      throws InterruptedException {
    return bounded().call(null, timeout, call);
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

  /**
   * {@return as {@link #diskIoCounters()}; {@code nowrap=false} returns the raw kernel sums}
   *
   * @param nowrap whether to add back what a counter lost when it wrapped or was reset (psutil's
   *     {@code nowrap}, the default)
   */
  public Optional<DiskIoCounters> diskIoCounters(boolean nowrap) {
    require(Feature.DISK_IO_COUNTERS);
    return io().diskTotal(nowrap);
  }

  /** {@return disk I/O per disk and partition, never wrapping (psutil {@code perdisk=True})} */
  public Map<String, DiskIoCounters> perDiskIoCounters() {
    return perDiskIoCounters(true);
  }

  /**
   * {@return as {@link #perDiskIoCounters()}; {@code nowrap=false} returns the raw kernel values}
   *
   * @param nowrap whether to add back what a counter lost when it wrapped or was reset (psutil's
   *     {@code nowrap}, the default)
   */
  public Map<String, DiskIoCounters> perDiskIoCounters(boolean nowrap) {
    require(Feature.DISK_IO_COUNTERS);
    return io().perDisk(nowrap);
  }

  /**
   * Forgets the wrap correction of disk counters (psutil {@code disk_io_counters.cache_clear()}).
   */
  public void clearDiskIoCountersCache() {
    io().clearDisks();
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

  /**
   * {@return as {@link #netIoCounters()}; {@code nowrap=false} returns the raw kernel sums}
   *
   * @param nowrap whether to add back what a counter lost when it wrapped or was reset (psutil's
   *     {@code nowrap}, the default)
   */
  public Optional<NetIoCounters> netIoCounters(boolean nowrap) {
    require(Feature.NET_IO_COUNTERS);
    return io().netTotal(nowrap);
  }

  /** {@return network I/O per interface, never wrapping (psutil {@code pernic=True})} */
  public Map<String, NetIoCounters> perNicIoCounters() {
    return perNicIoCounters(true);
  }

  /**
   * {@return as {@link #perNicIoCounters()}; {@code nowrap=false} returns the raw kernel values}
   *
   * @param nowrap whether to add back what a counter lost when it wrapped or was reset (psutil's
   *     {@code nowrap}, the default)
   */
  public Map<String, NetIoCounters> perNicIoCounters(boolean nowrap) {
    require(Feature.NET_IO_COUNTERS);
    return io().perNic(nowrap);
  }

  /** Forgets the wrap correction of network counters (psutil {@code cache_clear()}). */
  public void clearNetIoCountersCache() {
    io().clearNics();
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
   *
   * @param kind which families and types to list
   * @return the matching sockets
   */
  public List<Connection> netConnections(ConnectionKind kind) {
    Objects.requireNonNull(kind, "kind");
    require(Feature.NET_CONNECTIONS);
    return backend.network().connections(kind);
  }

  /**
   * {@return {@link #netConnections(ConnectionKind)} with psutil's kind string, e.g. {@code
   * "tcp4"}}
   *
   * @param kind psutil's kind: {@code inet}, {@code inet4}, {@code inet6}, {@code tcp}, {@code
   *     tcp4}, {@code tcp6}, {@code udp}, {@code udp4}, {@code udp6}, {@code unix} or {@code all}
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

  /**
   * {@return temperatures in °C, or °F ({@code n * 9 / 5 + 32}) when {@code fahrenheit}}
   *
   * @param fahrenheit whether to convert to °F
   */
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
   * @param name the service's name (not its display name)
   * @return the service
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
