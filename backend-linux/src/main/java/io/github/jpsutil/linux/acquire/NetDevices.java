package io.github.jpsutil.linux.acquire;

import com.sun.jna.LastErrorException;
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
    String call = "ioctl(SIOCGIFMTU) on " + name;
    try {
      int mtu = ioctl.mtu(name);
      call = "ioctl(SIOCGIFFLAGS) on " + name;
      int flags = ioctl.flags(name);
      call = "ioctl(SIOCETHTOOL, ETHTOOL_GSET) on " + name;
      return new Device(mtu, flags, ethtool(name));
    } catch (LastErrorException e) {
      if (e.getErrorCode() == NetDeviceIoctl.ENODEV) {
        return null;
      }
      throw NativeErrors.failure(call, e.getErrorCode());
    }
  }

  private ByteBuffer ethtool(String name) {
    try {
      return ioctl.ethtoolGset(name);
    } catch (LastErrorException e) {
      int errno = e.getErrorCode();
      if (errno == NetDeviceIoctl.EOPNOTSUPP
          || errno == NetDeviceIoctl.EINVAL
          || errno == NetDeviceIoctl.EBUSY) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public void close() {
    ioctl.close();
  }
}
