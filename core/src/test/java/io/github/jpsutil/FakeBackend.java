package io.github.jpsutil;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.User;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.spi.DiskSource;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.spi.NetSource;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.spi.ProcessSource;
import io.github.jpsutil.spi.PsutilProvider;
import io.github.jpsutil.spi.SensorSource;
import io.github.jpsutil.spi.UserDirectory;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/** A scripted backend: processes in a table, CPU samples from a queue. */
final class FakeBackend implements Backend, CpuSource, HostSource, ProcessSource, MemorySource {
  final Map<Integer, FakeProcess> table = new TreeMap<>();
  final Deque<CpuTimes> cpuSamples = new ArrayDeque<>();
  final Map<Integer, String> userNames = new HashMap<>(Map.of(0, "root"));
  OperatingSystem os = OperatingSystem.LINUX;
  Set<Feature> features = Set.of(Feature.values());
  io.github.jpsutil.spi.EventSource events;

  @Override
  public io.github.jpsutil.spi.EventSource events() {
    return events != null ? events : Backend.super.events();
  }

  FakeProcess add(int pid, long startTicks) {
    FakeProcess p = new FakeProcess(pid, startTicks);
    p.table = table;
    table.put(pid, p);
    return p;
  }

  Psutil psutil() {
    return new Psutil(provider(), this);
  }

  PsutilProvider provider() {
    FakeBackend self = this;
    return new PsutilProvider() {
      public String name() {
        return "fake";
      }

      public OperatingSystem os() {
        return self.os;
      }

      public boolean isSupported() {
        return true;
      }

      public Set<Feature> features() {
        return self.features;
      }

      public Backend create(BackendConfig config) {
        return self;
      }
    };
  }

  @Override
  public OperatingSystem os() {
    return os;
  }

  @Override
  public CpuSource cpu() {
    return this;
  }

  @Override
  public MemorySource memory() {
    return this;
  }

  /** The disks, when a test sets them. */
  DiskSource diskSource;

  @Override
  public DiskSource disks() {
    if (diskSource == null) {
      throw new UnsupportedOperationException("disks");
    }
    return diskSource;
  }

  @Override
  public NetSource network() {
    throw new UnsupportedOperationException("network");
  }

  @Override
  public SensorSource sensors() {
    throw new UnsupportedOperationException("sensors");
  }

  @Override
  public HostSource host() {
    return this;
  }

  @Override
  public ProcessSource processes() {
    return this;
  }

  @Override
  public UserDirectory userDirectory() {
    return uid -> Optional.ofNullable(userNames.get(uid));
  }

  // CpuSource
  @Override
  public CpuTimes cpuTimes() {
    return cpuSamples.size() > 1 ? cpuSamples.poll() : cpuSamples.peek();
  }

  @Override
  public List<CpuTimes> perCpuTimes() {
    return List.of(cpuTimes());
  }

  @Override
  public OptionalInt cpuCountLogical() {
    return OptionalInt.of(1);
  }

  @Override
  public OptionalInt cpuCountPhysical() {
    return OptionalInt.of(1);
  }

  @Override
  public CpuStats cpuStats() {
    return new CpuStats(0, 0, 0, 0);
  }

  @Override
  public List<CpuFreq> perCpuFreq() {
    return List.of();
  }

  @Override
  public LoadAverage loadAverage() {
    return new LoadAverage(0, 0, 0);
  }

  // MemorySource
  @Override
  public VirtualMemory virtualMemory() {
    return new VirtualMemory.Linux(409600, 204800, 50.0, 204800, 0, 0, 0, 0, 0, 0, 0);
  }

  @Override
  public SwapMemory swapMemory() {
    return new SwapMemory(0, 0, 0, 0, 0, 0);
  }

  @Override
  public io.github.jpsutil.api.HeapInfo heapInfo() {
    throw new UnsupportedOperationException("heap_info");
  }

  @Override
  public void heapTrim() {
    throw new UnsupportedOperationException("heap_trim");
  }

  // HostSource
  @Override
  public Instant bootTime() {
    return Instant.ofEpochSecond(1_700_000_000);
  }

  @Override
  public List<User> users() {
    return List.of();
  }

  @Override
  public int[] pids() {
    return table.values().stream().filter(p -> !p.gone).mapToInt(p -> p.pid).sorted().toArray();
  }

  @Override
  public boolean pidExists(int pid) {
    FakeProcess p = table.get(pid);
    return p != null && !p.gone;
  }

  // ProcessSource
  @Override
  public ProcessOps open(int pid) {
    FakeProcess p = table.get(pid);
    if (p == null || p.gone) {
      throw new NoSuchProcess(pid, null, "process PID not found");
    }
    return p;
  }

  @Override
  public Map<Integer, Integer> ppidMap() {
    Map<Integer, Integer> m = new HashMap<>();
    table.values().stream().filter(p -> !p.gone).forEach(p -> m.put(p.pid, p.ppid));
    return m;
  }

  @Override
  public int signalNumber(Signal signal) {
    return switch (signal) {
      case SIGKILL -> 9;
      case SIGTERM -> 15;
      case SIGSTOP -> 19;
      case SIGCONT -> 18;
      default -> throw new IllegalArgumentException(signal + " unknown here");
    };
  }

  @Override
  public int maxSignal() {
    return 64;
  }
}
