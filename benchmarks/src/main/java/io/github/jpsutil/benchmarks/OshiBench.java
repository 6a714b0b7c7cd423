package io.github.jpsutil.benchmarks;

import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import oshi.SystemInfo;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HWDiskStore;
import oshi.hardware.HWPartition;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.NetworkIF;
import oshi.hardware.VirtualMemory;
import oshi.software.os.OSFileStore;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;
import oshi.util.GlobalConfig;

/**
 * OSHI: the closest call for each psutil operation, reading the getters that carry psutil's fields
 * (OSHI computes some values lazily in its getters, so they are part of the operation). OSHI's
 * memoizer is set to expire at once ({@code oshi.util.memoizer.expiration=0}, before any OSHI class
 * uses it), so every call does its real work, as psutil's and jpsutil's do. Values that OSHI
 * computes once per JVM by design (boot time) stay cached: that is OSHI's behaviour, not a cache.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class OshiBench {
  static {
    GlobalConfig.set(GlobalConfig.OSHI_UTIL_MEMOIZER_EXPIRATION, 0);
  }

  HardwareAbstractionLayer hal;
  OperatingSystem os;
  OSFileStore root;
  int targetPid;

  @Setup
  public void setUp() {
    SystemInfo si = new SystemInfo();
    hal = si.getHardware();
    os = si.getOperatingSystem();
    for (OSFileStore fs : os.getFileSystem().getFileStores(true)) {
      if ("/".equals(fs.getMount())) {
        root = fs;
      }
    }
    targetPid = Target.pid();
  }

  /** getProcesses() plus the getters for psutil's common attributes, username included. */
  @Benchmark
  public void scanFull(Blackhole bh) {
    for (OSProcess p : os.getProcesses()) {
      common(p, bh);
      bh.consume(p.getUser());
    }
  }

  /** The same without {@code getUser()}, which OSHI resolves with {@code getent} per process. */
  @Benchmark
  public void scanNoUser(Blackhole bh) {
    for (OSProcess p : os.getProcesses()) {
      common(p, bh);
    }
  }

  private static void common(OSProcess p, Blackhole bh) {
    bh.consume(p.getProcessID());
    bh.consume(p.getName());
    bh.consume(p.getParentProcessID());
    bh.consume(p.getState());
    bh.consume(p.getUserTime());
    bh.consume(p.getKernelTime());
    bh.consume(p.getResidentMemory());
    bh.consume(p.getVirtualSize());
    bh.consume(p.getThreadCount());
    bh.consume(p.getArguments());
  }

  /** OSHI has no pid list; the process count is the closest (it lists /proc the same way). */
  @Benchmark
  public int pids() {
    return os.getProcessCount();
  }

  /** One process with everything OSHI knows about it (as_dict's counterpart). */
  @Benchmark
  public void asDictOneshot(Blackhole bh) {
    OSProcess p = os.getProcess(targetPid);
    common(p, bh);
    bh.consume(p.getPath());
    bh.consume(p.getCurrentWorkingDirectory());
    bh.consume(p.getEnvironmentVariables());
    bh.consume(p.getUser());
    bh.consume(p.getUserID());
    bh.consume(p.getGroup());
    bh.consume(p.getStartTime());
    bh.consume(p.getBytesRead());
    bh.consume(p.getBytesWritten());
    bh.consume(p.getPriority());
    bh.consume(p.getOpenFiles());
    bh.consume(p.getMinorFaults());
    bh.consume(p.getMajorFaults());
    bh.consume(p.getContextSwitches());
    bh.consume(p.getThreadDetails());
    bh.consume(p.getAffinityMask());
    bh.consume(p.getSoftOpenFileLimit());
  }

  @Benchmark
  public long[][] perCpuTimes() {
    return hal.getProcessor().getProcessorCpuLoadTicks();
  }

  @Benchmark
  public void virtualMemory(Blackhole bh) {
    GlobalMemory m = hal.getMemory();
    bh.consume(m.getTotal());
    bh.consume(m.getAvailable());
  }

  @Benchmark
  public void swapMemory(Blackhole bh) {
    VirtualMemory v = hal.getMemory().getVirtualMemory();
    bh.consume(v.getSwapTotal());
    bh.consume(v.getSwapUsed());
    bh.consume(v.getSwapPagesIn());
    bh.consume(v.getSwapPagesOut());
  }

  /** OSHI's file stores (local only), which also stat each filesystem. */
  @Benchmark
  public void diskPartitions(Blackhole bh) {
    for (OSFileStore fs : os.getFileSystem().getFileStores(true)) {
      bh.consume(fs.getVolume());
      bh.consume(fs.getMount());
      bh.consume(fs.getType());
      bh.consume(fs.getOptions());
    }
  }

  /** OSHI has no usage-of-a-path call; refreshing the root file store is its counterpart. */
  @Benchmark
  public void diskUsage(Blackhole bh) {
    root.updateAttributes();
    bh.consume(root.getTotalSpace());
    bh.consume(root.getUsableSpace());
    bh.consume(root.getFreeSpace());
  }

  @Benchmark
  public void perDiskIoCounters(Blackhole bh) {
    for (HWDiskStore d : hal.getDiskStores()) {
      bh.consume(d.getReads());
      bh.consume(d.getWrites());
      bh.consume(d.getReadBytes());
      bh.consume(d.getWriteBytes());
      bh.consume(d.getTransferTime());
      for (HWPartition p : d.getPartitions()) {
        bh.consume(p.getIdentification());
      }
    }
  }

  @Benchmark
  public void perNicIoCounters(Blackhole bh) {
    for (NetworkIF n : hal.getNetworkIFs(true)) {
      bh.consume(n.getBytesSent());
      bh.consume(n.getBytesRecv());
      bh.consume(n.getPacketsSent());
      bh.consume(n.getPacketsRecv());
      bh.consume(n.getInErrors());
      bh.consume(n.getOutErrors());
      bh.consume(n.getInDrops());
    }
  }

  @Benchmark
  public void netIfAddrs(Blackhole bh) {
    for (NetworkIF n : hal.getNetworkIFs(true)) {
      bh.consume(n.getIPv4addr());
      bh.consume(n.getSubnetMasks());
      bh.consume(n.getIPv6addr());
      bh.consume(n.getPrefixLengths());
      bh.consume(n.getMacaddr());
    }
  }

  @Benchmark
  public void netIfStats(Blackhole bh) {
    for (NetworkIF n : hal.getNetworkIFs(true)) {
      bh.consume(n.getIfOperStatus());
      bh.consume(n.getSpeed());
      bh.consume(n.getMTU());
    }
  }

  @Benchmark
  public List<?> netConnections() {
    return os.getInternetProtocolStats().getConnections();
  }

  @Benchmark
  public long bootTime() {
    return os.getSystemBootTime();
  }

  @Benchmark
  public List<?> users() {
    return os.getSessions();
  }
}
