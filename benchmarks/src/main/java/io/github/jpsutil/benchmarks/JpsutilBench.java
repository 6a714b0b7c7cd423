package io.github.jpsutil.benchmarks;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.User;
import io.github.jpsutil.api.VirtualMemory;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * jpsutil: each psutil operation of the comparison, called as a user would. Values are returned
 * whole (JMH consumes them), so nothing is left lazy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class JpsutilBench {
  /** psutil's common attributes (pid, name, ppid, status, cpu_times, memory_info, …). */
  static final Set<ProcessAttr> COMMON =
      EnumSet.of(
          ProcessAttr.PID,
          ProcessAttr.NAME,
          ProcessAttr.PPID,
          ProcessAttr.STATUS,
          ProcessAttr.CPU_TIMES,
          ProcessAttr.MEMORY_INFO,
          ProcessAttr.NUM_THREADS,
          ProcessAttr.USERNAME,
          ProcessAttr.CMDLINE);

  static final Set<ProcessAttr> COMMON_NO_USER = without(COMMON, ProcessAttr.USERNAME);

  Psutil ps;

  /** The opt-in parallel scan: two threads, one per core of the benchmark machine. */
  Psutil parallel;

  OsProcess target;

  private static Set<ProcessAttr> without(Set<ProcessAttr> all, ProcessAttr gone) {
    EnumSet<ProcessAttr> s = EnumSet.copyOf(all);
    s.remove(gone);
    return s;
  }

  @Setup
  public void setUp() {
    ps = Psutil.local();
    parallel = Psutil.builder().scanThreads(2).build();
    target = ps.process(Target.pid());
  }

  @Benchmark
  public List<OsProcess> scanFull() {
    return ps.processIter(COMMON, null);
  }

  /** scanFull with {@code scanThreads(2)} (serial below 256 processes). */
  @Benchmark
  public List<OsProcess> scanFullParallel() {
    return parallel.processIter(COMMON, null);
  }

  @Benchmark
  public List<OsProcess> scanNoUser() {
    return ps.processIter(COMMON_NO_USER, null);
  }

  @Benchmark
  public List<Integer> pids() {
    return ps.pids();
  }

  /** Every attribute of one process; asDict opens its own oneshot scope, as psutil's as_dict. */
  @Benchmark
  public Map<ProcessAttr, Object> asDictOneshot() {
    return target.asDict();
  }

  @Benchmark
  public List<CpuTimes> perCpuTimes() {
    return ps.perCpuTimes();
  }

  @Benchmark
  public VirtualMemory virtualMemory() {
    return ps.virtualMemory();
  }

  @Benchmark
  public SwapMemory swapMemory() {
    return ps.swapMemory();
  }

  @Benchmark
  public List<DiskPartition> diskPartitions() {
    return ps.diskPartitions();
  }

  @Benchmark
  public DiskUsage diskUsage() {
    return ps.diskUsage("/");
  }

  @Benchmark
  public Map<String, DiskIoCounters> perDiskIoCounters() {
    return ps.perDiskIoCounters();
  }

  @Benchmark
  public Map<String, NetIoCounters> perNicIoCounters() {
    return ps.perNicIoCounters();
  }

  @Benchmark
  public Map<String, List<NicAddress>> netIfAddrs() {
    return ps.netIfAddrs();
  }

  @Benchmark
  public Map<String, NicStats> netIfStats() {
    return ps.netIfStats();
  }

  @Benchmark
  public List<Connection> netConnections() {
    return ps.netConnections();
  }

  @Benchmark
  public Instant bootTime() {
    return ps.bootTime();
  }

  @Benchmark
  public List<User> users() {
    return ps.users();
  }

  /**
   * A metrics scrape (docs/performance.md "metricsScrape"): a new sample of every family and of the
   * top 50 processes by CPU, then the Prometheus text of all meters. jpsutil only: psutil and OSHI
   * have no such binder.
   */
  @Benchmark
  public String metricsScrape(MetricsScrapeState state) {
    state.metrics.refresh();
    return state.registry.scrape();
  }
}
