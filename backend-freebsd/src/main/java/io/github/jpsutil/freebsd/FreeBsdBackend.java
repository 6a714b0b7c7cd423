package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.freebsd.acquire.Sysctls;
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
 * Wires the FreeBSD areas together over one {@link Sysctls}. Everything is read through sysctl, so
 * the configured procfs and sysfs roots do not apply (FreeBSD's procfs is optional; psutil does not
 * use it either).
 */
final class FreeBsdBackend implements Backend {
  private final FreeBsdCpu cpu;
  private final FreeBsdMemory memory;
  private final FreeBsdSensors sensors;
  private final FreeBsdDisks disks;
  private final FreeBsdNetwork network;
  private final FreeBsdProcesses processes;
  private final UserDirectory users;

  /** Over {@code sysctls} (libc's, or recorded answers in tests). */
  FreeBsdBackend(Sysctls sysctls, UserDirectory users) {
    long pageSize = sysctls.number("hw.pagesize");
    this.cpu = new FreeBsdCpu(sysctls);
    this.memory = new FreeBsdMemory(sysctls, pageSize);
    this.sensors = new FreeBsdSensors(sysctls, cpu);
    this.disks = new FreeBsdDisks(sysctls);
    this.network = new FreeBsdNetwork(sysctls);
    this.processes = new FreeBsdProcesses(sysctls, pageSize);
    this.users = users;
  }

  /** Over libc; the decoders know the amd64 layouts (LP64, {@code KINFO_PROC_SIZE} 1088) only. */
  static FreeBsdBackend native64() {
    return new FreeBsdBackend(Sysctls.libc(), new PosixUserDirectory());
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.FREEBSD;
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
  public UserDirectory userDirectory() {
    return users;
  }
}
