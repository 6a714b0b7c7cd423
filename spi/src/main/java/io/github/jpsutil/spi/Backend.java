package io.github.jpsutil.spi;

import io.github.jpsutil.api.OperatingSystem;

/**
 * One OS's implementation, split by area so each area can be written and tested on its own. Core
 * adds everything OS-independent (percentages, wrap correction, averaging, identity checks).
 */
public interface Backend {
  OperatingSystem os();

  CpuSource cpu();

  MemorySource memory();

  DiskSource disks();

  NetSource network();

  SensorSource sensors();

  HostSource host();

  ProcessSource processes();

  /** Resolves user ids for {@code username()}. */
  UserDirectory userDirectory();

  /** Windows services; other OSes have none and leave {@code Feature.WIN_SERVICES} out. */
  default WindowsServiceSource windowsServices() {
    throw Unsupported.of("win_service_iter", os().toString());
  }

  /** cgroups; only Linux has them, the others leave {@code Feature.CGROUP_RESOURCES} out. */
  default ContainerSource containers() {
    throw Unsupported.of("cgroup_resources", os().toString());
  }
}
