package io.github.jpsutil.linux.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import io.github.jpsutil.linux.parse.EthtoolCmd;
import io.github.jpsutil.linux.parse.LinuxStructs;
import io.github.jpsutil.posix.IoctlSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The interface ioctls psutil's {@code net_if_stats} issues, on one {@code AF_INET}/{@code
 * SOCK_DGRAM} socket. Close it with try-with-resources. Not thread-safe: one instance per call.
 *
 * <pre>
 * struct ifreq (linux/if.h): 0 ifr_name[IFNAMSIZ = 16]  16 union { short ifr_flags; int ifr_mtu;
 *                                                          void *ifr_data; ... }  (40 bytes on LP64)
 * </pre>
 */
public final class NetDeviceIoctl implements AutoCloseable {
  /** {@code linux/sockios.h}. */
  private static final long SIOCGIFFLAGS = 0x8913;

  private static final long SIOCGIFMTU = 0x8921;
  private static final long SIOCETHTOOL = 0x8946;

  private static final int AF_INET = 2;
  private static final int SOCK_DGRAM = 2;
  private static final int IFNAMSIZ = LinuxStructs.IFR_NAME.width();
  private static final int IFREQ_SIZE = LinuxStructs.IFREQ.size();
  private static final int IFR_UNION = LinuxStructs.IFR_DATA.offset();

  /** {@code ENODEV} (asm-generic/errno-base.h): the interface vanished (psutil gh-1279). */
  public static final int ENODEV = 19;

  /** {@code EBUSY}: a busy or broken driver (psutil's ethtool fallback). */
  public static final int EBUSY = 16;

  /** {@code EINVAL}: ethtool unsupported by the device (psutil gh-797). */
  public static final int EINVAL = 22;

  /** {@code EOPNOTSUPP} on Linux (asm-generic/errno.h; 45 on the BSDs): e.g. Wi-Fi and loopback. */
  public static final int EOPNOTSUPP = 95;

  private final IoctlSocket socket = IoctlSocket.open(AF_INET, SOCK_DGRAM);
  private final Memory ifreq = new Memory(IFREQ_SIZE);
  private final Memory ethtool = new Memory(EthtoolCmd.SIZE);

  /** {@code SIOCGIFFLAGS}: the low 16 bits of the {@code IFF_*} flags. */
  public int flags(String name) throws LastErrorException {
    request(name, SIOCGIFFLAGS);
    return Short.toUnsignedInt(ifreq.getShort(IFR_UNION));
  }

  /** {@code SIOCGIFMTU}: the MTU in bytes. */
  public int mtu(String name) throws LastErrorException {
    request(name, SIOCGIFMTU);
    return ifreq.getInt(IFR_UNION);
  }

  /** {@code SIOCETHTOOL} with {@code ETHTOOL_GSET}: the filled {@code struct ethtool_cmd}. */
  public ByteBuffer ethtoolGset(String name) throws LastErrorException {
    ethtool.clear();
    ethtool.setInt(0, EthtoolCmd.ETHTOOL_GSET);
    setName(name);
    ifreq.setPointer(IFR_UNION, ethtool);
    socket.ioctl(SIOCETHTOOL, ifreq);
    return ByteBuffer.wrap(ethtool.getByteArray(0, EthtoolCmd.SIZE)).order(ByteOrder.nativeOrder());
  }

  private void request(String name, long request) throws LastErrorException {
    setName(name);
    socket.ioctl(request, ifreq);
  }

  private void setName(String name) {
    byte[] b = name.getBytes(StandardCharsets.UTF_8);
    if (b.length >= IFNAMSIZ) {
      throw new IllegalArgumentException(
          "interface name must be shorter than " + IFNAMSIZ + " bytes: '" + name + "'");
    }
    ifreq.clear();
    ifreq.write(0, b, 0, b.length);
  }

  @Override
  public void close() {
    socket.close();
  }
}
