package io.github.jpsutil.spi;

import io.github.jpsutil.api.OperatingSystem;

/**
 * One OS's implementation, split by area so each area can be written and tested on its own. Core
 * adds everything OS-independent (percentages, wrap correction, averaging, identity checks).
 */
public interface Backend {
  /** {@return the OS this backend reads} */
  OperatingSystem os();

  /** {@return CPU times, counts, statistics, frequencies and load} */
  CpuSource cpu();

  /**
   * {@return system memory and the native heap; by default none of their functions (each throws)}
   */
  default MemorySource memory() {
    return new NoSources.Memory(os());
  }

  /** {@return filesystems and disks; by default none of their functions (each throws)} */
  default DiskSource disks() {
    return new NoSources.Disks(os());
  }

  /** {@return network interfaces and sockets; by default none of their functions (each throws)} */
  default NetSource network() {
    return new NoSources.Network(os());
  }

  /** {@return hardware sensors; by default none of their functions (each throws)} */
  default SensorSource sensors() {
    return new NoSources.Sensors(os());
  }

  /** {@return boot time, logged-in users and pid existence} */
  HostSource host();

  /** {@return the process table: pids and per-process handles} */
  ProcessSource processes();

  /** {@return the directory that resolves user ids for {@code username()}} */
  default UserDirectory userDirectory() {
    return new NoSources.Users(os());
  }

  /** {@return Windows services; other OSes have none and leave {@code Feature.WIN_SERVICES} out} */
  default WindowsServiceSource windowsServices() {
    throw Unsupported.of("win_service_iter", os().toString());
  }

  /**
   * {@return cgroups; only Linux has them, the others leave {@code Feature.CGROUP_RESOURCES} out}
   */
  default ContainerSource containers() {
    throw Unsupported.of("cgroup_resources", os().toString());
  }

  /** {@return process start/exit events; by default none (each method throws)} */
  default EventSource events() {
    return new NoSources.Events(os());
  }
}
