package io.github.jpsutil;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.PsutilProvider;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The first part of {@link Psutil}'s system-wide functions: which functions the backend has, and
 * psutil's CPU and memory functions ({@link PsutilSystem} adds disks, network, sensors, host and
 * Windows services). Package-private so that users see one class, {@code Psutil}, as psutil's one
 * module; split out only to keep each file readable. javac gives {@code Psutil} public bridges for
 * these methods, so reflection and method handles on {@code Psutil} find them as its own.
 */
abstract sealed class PsutilCpuAndMemory permits PsutilSystem {
  final PsutilProvider provider;
  final Backend backend;
  final Set<Feature> features;
  // Made on first use: a fresh JVM that only scans processes loads none of these classes (nor the
  // java.util.concurrent ones BoundedCalls needs), each costing it lookup, define and verify.
  private volatile SystemCpu cpu;
  private volatile IoCounterTables io;
  private volatile BoundedCalls bounded;
  private final Object lazyLock = new Object();
  volatile long totalMemory;

  PsutilCpuAndMemory(PsutilProvider provider, Backend backend) {
    this.provider = provider;
    this.backend = backend;
    // An EnumSet: require() runs for every getter of every scanned process, and a bit test is
    // cheaper than Set.copyOf's hash probe.
    Set<Feature> declared = EnumSet.noneOf(Feature.class);
    declared.addAll(provider.features());
    this.features = declared;
  }

  /** {@return the state of psutil's cpu_percent family, made on first use} */
  final SystemCpu cpu() {
    SystemCpu v = cpu;
    if (v == null) {
      synchronized (lazyLock) {
        v = cpu;
        if (v == null) {
          v = new SystemCpu(backend);
          cpu = v;
        }
      }
    }
    return v;
  }

  /** {@return the disk and NIC counter tables (nowrap), made on first use} */
  final IoCounterTables io() {
    IoCounterTables v = io;
    if (v == null) {
      synchronized (lazyLock) {
        v = io;
        if (v == null) {
          v = new IoCounterTables(backend);
          io = v;
        }
      }
    }
    return v;
  }

  /** {@return the workers of the calls with a timeout, made on first use} */
  final BoundedCalls bounded() {
    BoundedCalls v = bounded;
    if (v == null) {
      synchronized (lazyLock) {
        v = bounded;
        if (v == null) {
          v = new BoundedCalls();
          bounded = v;
        }
      }
    }
    return v;
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
   *
   * @param feature the psutil function asked about
   * @return {@code true} if calling it can return a value
   */
  public boolean supports(Feature feature) {
    // The connector's privilege is asked of the backend only for that feature: ProcessEvents and
    // the Flow interfaces it implements are not loaded by the scan's name() and friends.
    return features.contains(Objects.requireNonNull(feature, "feature"))
        && (feature != Feature.PROCESS_EVENTS_CONNECTOR || ProcessEvents.holdsNow(this, feature));
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
    return cpu().percent();
  }

  /**
   * CPU utilization over {@code interval}, blocking for it (psutil {@code cpu_percent(interval)}).
   *
   * @param interval how long to measure; the call sleeps for it
   * @return percent of all CPUs, 0–100
   * @throws InterruptedException if the thread is interrupted while it sleeps
   */
  public double cpuPercent(Duration interval) throws InterruptedException {
    require(Feature.CPU_TIMES);
    return cpu().percent(interval);
  }

  /**
   * {@return per-CPU utilization since this thread's previous call (psutil {@code percpu=True})}
   */
  public List<Double> perCpuPercent() {
    require(Feature.CPU_TIMES_PERCPU);
    return cpu().perCpuPercent();
  }

  /**
   * {@return per-CPU utilization over {@code interval}, blocking for it}
   *
   * @param interval how long to measure; the call sleeps for it
   * @throws InterruptedException if the thread is interrupted while it sleeps
   */
  public List<Double> perCpuPercent(Duration interval) throws InterruptedException {
    require(Feature.CPU_TIMES_PERCPU);
    return cpu().perCpuPercent(interval);
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
    return cpu().timesPercent();
  }

  /**
   * {@return share of each CPU mode over {@code interval}, blocking for it}
   *
   * @param interval how long to measure; the call sleeps for it
   * @throws InterruptedException if the thread is interrupted while it sleeps
   */
  public CpuTimes cpuTimesPercent(Duration interval) throws InterruptedException {
    require(Feature.CPU_TIMES);
    return cpu().timesPercent(interval);
  }

  /** {@return per-CPU mode shares since this thread's previous call} */
  public List<CpuTimes> perCpuTimesPercent() {
    require(Feature.CPU_TIMES_PERCPU);
    return cpu().perCpuTimesPercent();
  }

  /**
   * {@return per-CPU mode shares over {@code interval}, blocking for it}
   *
   * @param interval how long to measure; the call sleeps for it
   * @throws InterruptedException if the thread is interrupted while it sleeps
   */
  public List<CpuTimes> perCpuTimesPercent(Duration interval) throws InterruptedException {
    require(Feature.CPU_TIMES_PERCPU);
    return cpu().perCpuTimesPercent(interval);
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
}
