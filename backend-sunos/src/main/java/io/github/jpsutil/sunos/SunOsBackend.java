package io.github.jpsutil.sunos;

import com.sun.jna.Native;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.posix.PosixUserDirectory;
import io.github.jpsutil.posix.Sysconf;
import io.github.jpsutil.spi.Backend;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.spi.CpuSource;
import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.spi.ProcessSource;
import io.github.jpsutil.spi.UserDirectory;
import io.github.jpsutil.sunos.acquire.SunOsFiles;

/** Wires the SunOS areas together over the configured procfs root. */
final class SunOsBackend implements Backend {
  /** illumos {@code <sys/unistd.h>}: {@code _SC_CLK_TCK} = 3. */
  private static final int SC_CLK_TCK = 3;

  private final CpuSource cpu;
  private final ProcessSource processes;
  private final HostSource host;
  private final UserDirectory users = new PosixUserDirectory();

  SunOsBackend(BackendConfig config) {
    // psinfo_t and friends are read in the reader's data model; the decoders use LP64.
    if (Native.POINTER_SIZE != 8) {
      throw new IllegalStateException(
          "jpsutil-backend-sunos needs a 64-bit JVM; pointer size is " + Native.POINTER_SIZE);
    }
    SunOsFiles files = new SunOsFiles(config);
    this.cpu = new SunOsCpu(Sysconf.get(SC_CLK_TCK, "_SC_CLK_TCK"));
    this.processes = new SunOsProcesses(files);
    this.host = new SunOsHost(files);
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
