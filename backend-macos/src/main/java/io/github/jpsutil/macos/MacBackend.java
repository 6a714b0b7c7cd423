package io.github.jpsutil.macos;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.macos.acquire.JnaMacNative;
import io.github.jpsutil.macos.acquire.MacNative;
import io.github.jpsutil.macos.acquire.Sysctls;
import io.github.jpsutil.posix.PosixUserDirectory;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.spi.DiskSource;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.spi.NetSource;
import io.github.jpsutil.spi.ProcessSource;
import io.github.jpsutil.spi.SensorSource;
import io.github.jpsutil.spi.UserDirectory;

/**
 * Wires the macOS areas together. macOS has no procfs, so the configured roots do not apply. The
 * constants the decoders convert with are read once, here: {@code _SC_CLK_TCK} = 3 and {@code
 * _SC_PAGESIZE} = 29 in macOS {@code <unistd.h>}; {@code hw.tbfrequency} is Mach absolute time
 * units per second (see {@code ProcTaskInfo.cpuTimes} for why not the timebase).
 */
final class MacBackend implements Backend {
  private final MacProcesses processes;
  private final MacSystem system;
  private final MacDisks disks;
  private final MacNet net;
  private final UserDirectory users = new PosixUserDirectory();
  private final MacNative os;

  MacBackend() {
    this(JnaMacNative.lp64());
  }

  /** The backend over {@code os}: libSystem, or a test's fake of it. */
  MacBackend(MacNative os) {
    this.os = os;
    long pageSize = os.sysconf(29, "_SC_PAGESIZE");
    this.processes = new MacProcesses(os, Sysctls.uint64(os, "hw.tbfrequency"), pageSize);
    this.system = new MacSystem(os, os.sysconf(3, "_SC_CLK_TCK"), pageSize);
    this.disks = new MacDisks(os);
    this.net = new MacNet(os, processes);
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.MACOS;
  }

  @Override
  public CpuSource cpu() {
    return system;
  }

  @Override
  public MemorySource memory() {
    return system;
  }

  @Override
  public DiskSource disks() {
    return disks;
  }

  @Override
  public NetSource network() {
    return net;
  }

  @Override
  public SensorSource sensors() {
    return new MacSensors(os);
  }

  @Override
  public HostSource host() {
    return processes;
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
