package io.github.jpsutil.spi;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a backend reads the OS's pseudo-filesystems. The defaults are the running system's; a
 * monitoring agent in a container points them at the host's mounts ({@code /host/proc}, …), and
 * tests point them at recorded fixture trees. Syscalls (statvfs, getifaddrs, kill, …) always act on
 * the namespaces of the calling process, whatever these roots say.
 *
 * @param procfs the procfs mount, default {@code /proc}
 * @param sysfs the sysfs mount, default {@code /sys}
 * @param rootfs the root under which {@code /etc}, {@code /dev} and {@code /var/run} are found,
 *     default {@code /}
 */
public record BackendConfig(Path procfs, Path sysfs, Path rootfs) {
  /**
   * Checks the components.
   *
   * @param procfs the procfs mount, default {@code /proc}
   * @param sysfs the sysfs mount, default {@code /sys}
   * @param rootfs the root under which {@code /etc}, {@code /dev} and {@code /var/run} are found,
   *     default {@code /}
   */
  public BackendConfig {
    Objects.requireNonNull(procfs, "procfs");
    Objects.requireNonNull(sysfs, "sysfs");
    Objects.requireNonNull(rootfs, "rootfs");
  }

  /** {@return the running system's own roots} */
  public static BackendConfig defaults() {
    return new BackendConfig(Path.of("/proc"), Path.of("/sys"), Path.of("/"));
  }

  /**
   * {@return true when every root is the running system's own (psutil reads /etc/mtab only then)}
   */
  public boolean isLocal() {
    return equals(defaults());
  }
}
