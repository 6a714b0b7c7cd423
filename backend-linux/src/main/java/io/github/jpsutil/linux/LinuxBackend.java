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

/**
 * Wires the Linux areas together over one set of roots. The process source and its network reader
 * are made at once (every scan needs them); the other areas on first use, so that a fresh JVM that
 * only scans processes does not load and link their classes.
 */
final class LinuxBackend implements Backend {
  private final LinuxFiles files;
  private final NetSource network;
  private final ProcessSource processes;
  private final UserDirectory users = new PasswdUsers();
  private volatile CpuSource cpu;
  private volatile MemorySource memory;
  private volatile ContainerSource containers;
  private volatile DiskSource disks;
  private volatile SensorSource sensors;
  private volatile HostSource host;
  private volatile EventSource events;

  LinuxBackend(BackendConfig config) {
    this.files = new LinuxFiles(config);
    LinuxNet net = new LinuxNet(files);
    this.network = net;
    this.processes = new LinuxProcesses(files, net, new LinuxProcessControl(files));
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.LINUX;
  }

  @Override
  public CpuSource cpu() {
    CpuSource v = cpu;
    if (v == null) {
      synchronized (this) {
        v = cpu;
        if (v == null) {
          v = new LinuxCpu(files);
          cpu = v;
        }
      }
    }
    return v;
  }

  @Override
  public MemorySource memory() {
    MemorySource v = memory;
    if (v == null) {
      synchronized (this) {
        v = memory;
        if (v == null) {
          v = new LinuxMemory(files);
          memory = v;
        }
      }
    }
    return v;
  }

  @Override
  public DiskSource disks() {
    DiskSource v = disks;
    if (v == null) {
      synchronized (this) {
        v = disks;
        if (v == null) {
          v = new LinuxDisks(files);
          disks = v;
        }
      }
    }
    return v;
  }

  @Override
  public NetSource network() {
    return network;
  }

  @Override
  public SensorSource sensors() {
    SensorSource v = sensors;
    if (v == null) {
      synchronized (this) {
        v = sensors;
        if (v == null) {
          v = new LinuxSensors(files);
          sensors = v;
        }
      }
    }
    return v;
  }

  @Override
  public HostSource host() {
    HostSource v = host;
    if (v == null) {
      synchronized (this) {
        v = host;
        if (v == null) {
          v = new LinuxHost(files);
          host = v;
        }
      }
    }
    return v;
  }

  @Override
  public ContainerSource containers() {
    ContainerSource v = containers;
    if (v == null) {
      synchronized (this) {
        v = containers;
        if (v == null) {
          v = new LinuxContainers(files);
          containers = v;
        }
      }
    }
    return v;
  }

  @Override
  public EventSource events() {
    EventSource v = events;
    if (v == null) {
      synchronized (this) {
        v = events;
        if (v == null) {
          v = new LinuxEventSource(files);
          events = v;
        }
      }
    }
    return v;
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
