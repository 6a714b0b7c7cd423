package io.github.jpsutil.windows;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.spi.DiskSource;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.spi.NetSource;
import io.github.jpsutil.spi.ProcessSource;
import io.github.jpsutil.spi.SensorSource;
import io.github.jpsutil.spi.WindowsServiceSource;
import io.github.jpsutil.windows.acquire.ServiceCalls;
import io.github.jpsutil.windows.acquire.WindowsApi;
import io.github.jpsutil.windows.acquire.WindowsCalls;

/**
 * Wires the Windows areas to one {@link WindowsApi} (JNA in production, a replay of captured
 * buffers in tests). Windows reads no pseudo-filesystem, so the configured roots do not apply.
 */
final class WindowsBackend implements Backend {
  private final CpuSource cpu;
  private final MemorySource memory;
  private final WindowsProcesses processes;
  private final WindowsNet network;
  private final SensorSource sensors;
  private final DiskSource disks;
  private final WindowsServiceSource services;

  WindowsBackend(WindowsApi api) {
    WindowsCalls calls = new WindowsCalls(api);
    cpu = new WindowsCpu(calls);
    memory = new WindowsMemory(calls);
    network = new WindowsNet(calls);
    sensors = new WindowsSensors(calls);
    disks = new WindowsDisks(calls);
    processes = new WindowsProcesses(calls, network);
    services = new WindowsServices(new ServiceCalls(api));
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.WINDOWS;
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
  public NetSource network() {
    return network;
  }

  @Override
  public DiskSource disks() {
    return disks;
  }

  @Override
  public SensorSource sensors() {
    return sensors;
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
  public WindowsServiceSource windowsServices() {
    return services;
  }
}
