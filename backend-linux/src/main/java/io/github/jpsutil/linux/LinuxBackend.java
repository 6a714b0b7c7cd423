package io.github.jpsutil.linux;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.acquire.PasswdUsers;
import io.github.jpsutil.linux.events.LinuxEventSource;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.ContainerSource;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.spi.DiskSource;
import io.github.jpsutil.spi.EventSource;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.spi.NetSource;
import io.github.jpsutil.spi.ProcessSource;
import io.github.jpsutil.spi.SensorSource;
import io.github.jpsutil.spi.UserDirectory;

/** Wires the Linux areas together over one set of roots. */
final class LinuxBackend implements Backend {
  private final CpuSource cpu;
  private final MemorySource memory;
  private final ContainerSource containers;
  private final DiskSource disks;
  private final NetSource network;
  private final SensorSource sensors;
  private final HostSource host;
  private final ProcessSource processes;
  private final UserDirectory users = new PasswdUsers();
  private final EventSource events;

  LinuxBackend(BackendConfig config) {
    LinuxFiles files = new LinuxFiles(config);
    this.cpu = new LinuxCpu(files);
    this.memory = new LinuxMemory(files);
    this.disks = new LinuxDisks(files);
    LinuxNet net = new LinuxNet(files);
    this.network = net;
    this.sensors = new LinuxSensors(files);
    this.host = new LinuxHost(files);
    this.processes = new LinuxProcesses(files, net, new LinuxProcessControl(files));
    this.containers = new LinuxContainers(files);
    this.events = new LinuxEventSource(files);
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.LINUX;
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
  public SensorSource sensors() {
    return sensors;
  }

  @Override
  public HostSource host() {
    return host;
  }

  @Override
  public ContainerSource containers() {
    return containers;
  }

  @Override
  public EventSource events() {
    return events;
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
