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
 * on SunOS, a fake in tests). A record: its accessors are the {@link Backend} methods that hand out
 * each area.
 *
 * @param cpu CPU times and counts from kstat
 * @param memory sysconf and swapctl
 * @param disks mnttab, statvfs and the disk kstats
 * @param network the net kstats, getifaddrs and the MIB-II tables
 * @param host boot time and users
 * @param processes the {@code /proc/<pid>} files
 * @param userDirectory uid to name through NSS
 */
record SunOsBackend(
    CpuSource cpu,
    MemorySource memory,
    DiskSource disks,
    NetSource network,
    HostSource host,
    ProcessSource processes,
    UserDirectory userDirectory)
    implements Backend {

  SunOsBackend(BackendConfig config, SunOsNative lib) {
    this(
        new SunOsCpu(new Kstats(lib), lib),
        new SunOsMemory(new Kstats(lib), lib),
        new SunOsDisks(new SunOsFiles(config), lib, new Kstats(lib)),
        new SunOsNetwork(new Kstats(lib), new NetInterfaces(lib), new MibConnections(lib)),
        new SunOsHost(new SunOsFiles(config), new Kstats(lib), lib),
        new SunOsProcesses(new SunOsFiles(config), lib),
        new PosixUserDirectory());
  }

  @Override
  public OperatingSystem os() {
    return OperatingSystem.SUNOS;
  }
}
