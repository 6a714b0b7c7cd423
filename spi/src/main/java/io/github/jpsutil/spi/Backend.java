package io.github.jpsutil.spi;

import io.github.jpsutil.api.OperatingSystem;

/**
 * One OS's implementation, split by area so each area can be written and tested on its own. Core
 * adds everything OS-independent (percentages, wrap correction, averaging, identity checks).
 */
public interface Backend {
  OperatingSystem os();

  CpuSource cpu();

  /** System memory and the native heap; by default none of their functions (each throws). */
  default MemorySource memory() {
    return new NoSources.Memory(os());
  }

  /** Filesystems and disks; by default none of their functions (each throws). */
  default DiskSource disks() {
    return new NoSources.Disks(os());
  }

  /** Network interfaces and sockets; by default none of their functions (each throws). */
  default NetSource network() {
    return new NoSources.Network(os());
  }

  /** Hardware sensors; by default none of their functions (each throws). */
  default SensorSource sensors() {
    return new NoSources.Sensors(os());
  }

  HostSource host();

  ProcessSource processes();

  /** Resolves user ids for {@code username()}. */
  default UserDirectory userDirectory() {
    return new NoSources.Users(os());
  }

  /** Windows services; other OSes have none and leave {@code Feature.WIN_SERVICES} out. */
  default WindowsServiceSource windowsServices() {
    throw Unsupported.of("win_service_iter", os().toString());
  }

  /** cgroups; only Linux has them, the others leave {@code Feature.CGROUP_RESOURCES} out. */
  default ContainerSource containers() {
    throw Unsupported.of("cgroup_resources", os().toString());
  }

  /** Process start/exit events; by default none (each method throws). */
  default EventSource events() {
    return new NoSources.Events(os());
  }
}
