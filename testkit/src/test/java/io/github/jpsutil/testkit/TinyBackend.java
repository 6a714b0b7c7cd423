package io.github.jpsutil.testkit;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.spi.ProcessOps;
import io.github.jpsutil.spi.ProcessSource;
import io.github.jpsutil.spi.PsutilProvider;
import io.github.jpsutil.spi.SnapshotProcess;
import java.util.List;
import java.util.OptionalLong;

/**
 * A Windows-like backend over nothing, small enough to read: cpu_times, pids, and processes with
 * name, create_time and memory_info, but no cmdline and no virtual_memory. Pid 0 is psutil's
 * "System Idle Process". Its lying variants reproduce what the feature-truth contract must catch.
 */
final class TinyBackend implements Backend {
  /** A way a backend can declare a feature that does not work. */
  enum Lie {
    /** name() completes long names from cmdline(), which it does not have (old Windows backend). */
    NAME_VIA_CMDLINE,
    /** heap_info is declared but its C function is missing (glibc's mallinfo2 on musl). */
    HEAP_ON_MUSL
  }

  private final Lie lie;

  TinyBackend(Lie lie) {
    this.lie = lie;
  }

  static PsutilProvider provider(Lie lie) {
    return new PsutilProvider() {
      @Override
      public String name() {
        return "tiny";
      }

      @Override
      public OperatingSystem os() {
        return OperatingSystem.WINDOWS;
      }

      @Override
      public boolean isSupported() {
        return true;
      }

      @Override
      public List<Class<?>> implementationClasses() {
        return lie == Lie.HEAP_ON_MUSL
            ? List.of(Cpu.class, Host.class, Processes.class, Proc.class, MuslHeap.class)
            : List.of(Cpu.class, Host.class, Processes.class, Proc.class);
      }

      @Override
      public Backend create(BackendConfig config) {
        return new TinyBackend(lie);
      }
    };
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.WINDOWS;
  }

  @Override
  public CpuSource cpu() {
    return new Cpu();
  }

  @Override
  public HostSource host() {
    return new Host();
  }

  @Override
  public ProcessSource processes() {
    return new Processes(lie);
  }

  @Override
  public MemorySource memory() {
    return lie == Lie.HEAP_ON_MUSL ? new MuslHeap() : Backend.super.memory();
  }

  static final class Cpu implements CpuSource {
    @Override
    public CpuTimes cpuTimes() {
      return new CpuTimes.Windows(1.0, 2.0, 3.0, 0.5, 0.25);
    }
  }

  static final class Host implements HostSource {
    @Override
    public int[] pids() {
      return new int[] {0, 4};
    }

    @Override
    public boolean pidExists(int pid) {
      return pid == 0 || pid == 4;
    }
  }

  static final class Processes implements ProcessSource {
    private final Lie lie;

    Processes(Lie lie) {
      this.lie = lie;
    }

    @Override
    public ProcessOps open(int pid) {
      if (pid != 0 && pid != 4) {
        throw new NoSuchProcess(pid);
      }
      return new Proc(pid, lie);
    }
  }

  static final class Proc extends SnapshotProcess {
    private final Lie lie;

    Proc(int pid, Lie lie) {
      super(pid, OptionalLong.empty());
      this.lie = lie;
    }

    @Override
    protected OptionalLong readIdentityTime() {
      return OptionalLong.empty();
    }

    @Override
    public String name() {
      String name = pid() == 0 ? "System Idle Process" : "System";
      // The lie: a POSIX rule (complete a cut name from argv[0]) on an OS without cmdline.
      return lie == Lie.NAME_VIA_CMDLINE && name.length() >= 15 ? cmdline().get(0) : name;
    }

    @Override
    public double createTime() {
      return 1_700_000_000.0;
    }

    @Override
    public MemoryInfo memoryInfo() {
      return new MemoryInfo.Windows(8192, 65536, 8192, 65536);
    }
  }

  /** heap_info and heap_trim "implemented" on top of a C function the libc does not have. */
  static final class MuslHeap implements MemorySource {
    @Override
    public HeapInfo heapInfo() {
      throw new UnsatisfiedLinkError("Error looking up function 'mallinfo2': symbol not found");
    }

    @Override
    public void heapTrim() {
      throw new UnsatisfiedLinkError("Error looking up function 'malloc_trim': symbol not found");
    }
  }
}
