package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.UserDirectory;

/**
 * Wires the FreeBSD areas together over one {@link Sysctls}; each component is the {@link Backend}
 * accessor of the same name. Everything is read through sysctl, so the configured procfs and sysfs
 * roots do not apply (FreeBSD's procfs is optional; psutil does not use it either).
 */
record FreeBsdBackend(
    FreeBsdCpu cpu,
    FreeBsdMemory memory,
    FreeBsdSensors sensors,
    FreeBsdDisks disks,
    FreeBsdNetwork network,
    FreeBsdProcesses processes,
    UserDirectory userDirectory)
    implements Backend {

  /** Over {@code sysctls} (libc's, or recorded answers in tests). */
  static FreeBsdBackend over(Sysctls sysctls, UserDirectory users) {
    long pageSize = sysctls.number("hw.pagesize");
    FreeBsdCpu cpu = new FreeBsdCpu(sysctls);
    return new FreeBsdBackend(
        cpu,
        new FreeBsdMemory(sysctls, pageSize),
        new FreeBsdSensors(sysctls, cpu),
        new FreeBsdDisks(sysctls),
        new FreeBsdNetwork(sysctls),
        new FreeBsdProcesses(sysctls, pageSize),
        users);
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.FREEBSD;
  }

  /** Boot time, users and the pid list come from the process table's sysctls too. */
  @Override
  public HostSource host() {
    return processes;
  }
}
