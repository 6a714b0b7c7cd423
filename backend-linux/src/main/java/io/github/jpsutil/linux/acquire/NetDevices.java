package io.github.jpsutil.linux.acquire;

import io.github.jpsutil.linux.jna.LinuxIfaddrs;
import io.github.jpsutil.linux.jna.NetDeviceIoctl;
import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The native reads of network interfaces: {@code getifaddrs(3)} and the {@code SIOCGIFMTU}, {@code
 * SIOCGIFFLAGS} and {@code SIOCETHTOOL} ioctls on one datagram socket (netdevice(7)), with errno
 * turned into what the caller needs. Open one for a pass over the interfaces, then close it.
 */
public final class NetDevices implements AutoCloseable {
  private final NetDeviceIoctl ioctl = new NetDeviceIoctl();

  /**
   * What the ioctls answered for one interface.
   *
   * @param mtu {@code ifr_mtu}
   * @param flags {@code ifr_flags}
   * @param ethtool the {@code struct ethtool_cmd} of {@code ETHTOOL_GSET}, or null when the driver
   *     has no ethtool support: EOPNOTSUPP (loopback, Wi-Fi), EINVAL (psutil gh-797) or EBUSY
   *     (psutil's list)
   */
  public record Device(int mtu, int flags, ByteBuffer ethtool) {}

  /** The addresses of each interface of this process's network namespace. */
  public static List<NetIfAddrs.Entry> addresses() {
    return LinuxIfaddrs.read();
  }

  /** {@code if_indextoname} of an IPv6 scope id, for link-local addresses. */
  public static String zoneName(int scopeId) {
    return LinuxIfaddrs.zoneName(scopeId);
  }

  /**
   * The state of interface {@code name}; null when it disappeared meanwhile (ENODEV), which psutil
   * leaves out (gh-1279).
   *
   * @throws java.io.UncheckedIOException naming the ioctl for any other failure
   */
  public Device device(String name) {
    ioctl.select(name);
    int errno = ioctl.requestMtu();
    if (errno != 0) {
      return failed("SIOCGIFMTU", name, errno);
    }
    int mtu = ioctl.mtu();
    errno = ioctl.requestFlags();
    if (errno != 0) {
      return failed("SIOCGIFFLAGS", name, errno);
    }
    int flags = ioctl.flags();
    errno = ioctl.requestEthtoolGset();
    if (errno == 0) {
      return new Device(mtu, flags, ioctl.ethtool());
    }
    if (errno == NetDeviceIoctl.EOPNOTSUPP
        || errno == NetDeviceIoctl.EINVAL
        || errno == NetDeviceIoctl.EBUSY) {
      return new Device(mtu, flags, null);
    }
    return failed("SIOCETHTOOL, ETHTOOL_GSET", name, errno);
  }

  /** Null for ENODEV (the interface is gone), else the failure naming the request. */
  private static Device failed(String request, String name, int errno) {
    if (errno == NetDeviceIoctl.ENODEV) {
      return null;
    }
    throw NativeErrors.failure("ioctl(" + request + ") on " + name, errno);
  }

  @Override
  public void close() {
    ioctl.close();
  }
}
