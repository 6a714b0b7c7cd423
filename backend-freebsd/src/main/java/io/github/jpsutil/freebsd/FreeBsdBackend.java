package io.github.jpsutil.freebsd;

import com.sun.jna.Native;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.posix.PosixUserDirectory;
import io.github.jpsutil.posix.Sysconf;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.spi.ProcessSource;
import io.github.jpsutil.spi.UserDirectory;

/**
 * Wires the FreeBSD areas together. Everything is read through sysctl, so the configured procfs and
 * sysfs roots do not apply (FreeBSD's procfs is optional and psutil does not use it).
 */
final class FreeBsdBackend implements Backend {
  /** FreeBSD {@code <unistd.h>}: {@code _SC_PAGESIZE} = 47. */
  private static final int SC_PAGESIZE = 47;

  private final CpuSource cpu = new FreeBsdCpu();
  private final MemorySource memory;
  private final FreeBsdProcesses processes;
  private final HostSource host;
  private final UserDirectory users = new PosixUserDirectory();

  FreeBsdBackend() {
    // The decoders use the amd64 layouts (KINFO_PROC_SIZE 1088, 8-byte longs).
    if (Native.POINTER_SIZE != 8) {
      throw new IllegalStateException(
          "jpsutil-backend-freebsd needs a 64-bit JVM; pointer size is " + Native.POINTER_SIZE);
    }
    long pageSize = Sysconf.get(SC_PAGESIZE, "_SC_PAGESIZE");
    this.memory = new FreeBsdMemory(pageSize);
    this.processes = new FreeBsdProcesses(pageSize);
    this.host = new FreeBsdHost(processes);
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
