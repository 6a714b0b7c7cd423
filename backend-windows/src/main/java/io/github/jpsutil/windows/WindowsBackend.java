package io.github.jpsutil.windows;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.spi.DiskSource;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.spi.SensorSource;
import io.github.jpsutil.spi.WindowsServiceSource;
import io.github.jpsutil.windows.acquire.HeapCalls;
import io.github.jpsutil.windows.acquire.ServiceCalls;
import io.github.jpsutil.windows.acquire.WindowsApi;
import io.github.jpsutil.windows.acquire.WindowsCalls;

/**
 * Wires the Windows areas to one {@link WindowsApi} (JNA in production, a replay of captured
 * buffers in tests). Windows reads no pseudo-filesystem, so the configured roots do not apply.
 */
record WindowsBackend(
    CpuSource cpu,
    MemorySource memory,
    WindowsNet network,
    DiskSource disks,
    SensorSource sensors,
    WindowsProcesses processes,
    WindowsServiceSource windowsServices)
    implements Backend {
  /** Every area over one {@code api}; the processes share the network area (connections). */
  static WindowsBackend over(WindowsApi api) {
    WindowsCalls calls = new WindowsCalls(api);
    WindowsNet network = new WindowsNet(calls);
    return new WindowsBackend(
        new WindowsCpu(calls, new LoadAverageSampler(api, LoadAverageSampler.DAEMON)),
        new WindowsMemory(calls, new HeapCalls(api)),
        network,
        new WindowsDisks(calls),
        new WindowsSensors(calls),
        new WindowsProcesses(calls, network),
        new WindowsServices(new ServiceCalls(api)));
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.WINDOWS;
  }

  /** Boot time, users and pids come from the process area's tables. */
  @Override
  public HostSource host() {
    return processes;
  }
}
