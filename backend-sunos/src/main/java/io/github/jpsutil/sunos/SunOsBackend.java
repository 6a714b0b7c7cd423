package io.github.jpsutil.sunos;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.posix.PosixUserDirectory;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.spi.DiskSource;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.spi.NetSource;
import io.github.jpsutil.spi.ProcessSource;
import io.github.jpsutil.spi.UserDirectory;
import io.github.jpsutil.sunos.acquire.Kstats;
import io.github.jpsutil.sunos.acquire.MibConnections;
import io.github.jpsutil.sunos.acquire.NetInterfaces;
import io.github.jpsutil.sunos.acquire.SunOsFiles;
import io.github.jpsutil.sunos.acquire.SunOsNative;

/**
 * Wires the SunOS areas together over the configured procfs root and one {@link SunOsNative} (JNA
 * on SunOS, a fake in tests).
 */
final class SunOsBackend implements Backend {
  private final SunOsCpu cpu;
  private final SunOsMemory memory;
  private final SunOsDisks disks;
  private final ProcessSource processes;
  private final HostSource host;
  private final SunOsNetwork network;
  private final UserDirectory users = new PosixUserDirectory();

  SunOsBackend(BackendConfig config, SunOsNative lib) {
    SunOsFiles files = new SunOsFiles(config);
    Kstats kstats = new Kstats(lib);
    this.cpu = new SunOsCpu(kstats, lib);
    this.memory = new SunOsMemory(kstats, lib);
    this.disks = new SunOsDisks(files, lib, kstats);
    this.processes = new SunOsProcesses(files, lib);
    this.host = new SunOsHost(files, kstats, lib);
    this.network = new SunOsNetwork(kstats, new NetInterfaces(lib), new MibConnections(lib));
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.SUNOS;
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
  public DiskSource disks() {
    return disks;
  }

  @Override
  public NetSource network() {
    return network;
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
