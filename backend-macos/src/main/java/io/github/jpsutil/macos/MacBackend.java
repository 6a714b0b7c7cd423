package io.github.jpsutil.macos;

import com.sun.jna.Native;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.macos.acquire.Sysctls;
import io.github.jpsutil.posix.PosixUserDirectory;
import io.github.jpsutil.posix.Sysconf;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.spi.ProcessSource;
import io.github.jpsutil.spi.UserDirectory;

/**
 * Wires the macOS areas together. macOS has no procfs, so the configured roots do not apply. The
 * constants the decoders convert with are read once, here.
 */
final class MacBackend implements Backend {
  /** macOS {@code <unistd.h>}: {@code _SC_CLK_TCK} = 3, {@code _SC_PAGESIZE} = 29. */
  private static final int SC_CLK_TCK = 3;

  private static final int SC_PAGESIZE = 29;

  private final CpuSource cpu;
  private final MemorySource memory;
  private final MacProcesses processes;
  private final HostSource host;
  private final UserDirectory users = new PosixUserDirectory();

  MacBackend() {
    if (Native.POINTER_SIZE != 8) {
      throw new IllegalStateException(
          "jpsutil-backend-macos needs a 64-bit JVM; pointer size is " + Native.POINTER_SIZE);
    }
    long pageSize = Sysconf.get(SC_PAGESIZE, "_SC_PAGESIZE");
    this.cpu = new MacCpu(Sysconf.get(SC_CLK_TCK, "_SC_CLK_TCK"));
    this.memory = new MacMemory(pageSize);
    // Mach absolute time units per second; see ProcTaskInfo.cpuTimes for why not the timebase.
    this.processes = new MacProcesses(Sysctls.uint64("hw.tbfrequency"));
    this.host = new MacHost(processes);
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.MACOS;
  }

  @Override
  public CpuSource cpu() {
    return cpu;
  }

  @Override
  public MemorySource memory() {
    return memory;
  }

  @Override
  public HostSource host() {
    return host;
  }

  @Override
  public ProcessSource processes() {
    return processes;
  }

  @Override
  public UserDirectory userDirectory() {
    return users;
  }
}
