package io.github.jpsutil.linux.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.jpsutil.linux.parse.EthtoolCmd;
import io.github.jpsutil.linux.parse.LinuxStructs;
import io.github.jpsutil.posix.IoctlSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The interface ioctls psutil's {@code net_if_stats} issues, on one {@code AF_INET}/{@code
 * SOCK_DGRAM} socket. Close it with try-with-resources. Not thread-safe: one instance per call.
 * Select an interface, then issue the requests for it; each answers 0 or the errno, and a failed
 * request is an ordinary answer here (ethtool fails on every loopback), so no exception is built
 * for it.
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

  /** One allocation for both structs: the {@code ifreq}, then the {@code ethtool_cmd}. */
  private final Memory memory = new Memory(IFREQ_SIZE + EthtoolCmd.SIZE);

  private final Pointer ethtool = memory.share(IFREQ_SIZE, EthtoolCmd.SIZE);

  /**
   * Names the interface the next requests ask about.
   *
   * @throws IllegalArgumentException if the name does not fit {@code ifr_name}
   */
  public void select(String name) {
    byte[] b = name.getBytes(StandardCharsets.UTF_8);
    if (b.length >= IFNAMSIZ) {
      throw new IllegalArgumentException(
          "interface name must be shorter than " + IFNAMSIZ + " bytes: '" + name + "'");
    }
    memory.clear(IFREQ_SIZE);
    memory.write(0, b, 0, b.length);
  }

  /** {@code SIOCGIFMTU}: 0 or the errno; the MTU is then {@link #mtu()}. */
  public int requestMtu() {
    return socket.request(SIOCGIFMTU, memory);
  }

  /** {@code ifr_mtu} of the last successful {@link #requestMtu()}, in bytes. */
  public int mtu() {
    return memory.getInt(IFR_UNION);
  }

  /** {@code SIOCGIFFLAGS}: 0 or the errno; the flags are then {@link #flags()}. */
  public int requestFlags() {
    return socket.request(SIOCGIFFLAGS, memory);
  }

  /** The low 16 bits of the {@code IFF_*} flags of the last successful {@link #requestFlags()}. */
  public int flags() {
    return Short.toUnsignedInt(memory.getShort(IFR_UNION));
  }

  /**
   * {@code SIOCETHTOOL} with {@code ETHTOOL_GSET}: 0 or the errno; the filled struct is then {@link
   * #ethtool()}.
   */
  public int requestEthtoolGset() {
    ethtool.clear(EthtoolCmd.SIZE);
    ethtool.setInt(0, EthtoolCmd.ETHTOOL_GSET);
    memory.setPointer(IFR_UNION, ethtool);
    return socket.request(SIOCETHTOOL, memory);
  }

  /**
   * A copy of the {@code struct ethtool_cmd} of the last successful {@link #requestEthtoolGset}.
   */
  public ByteBuffer ethtool() {
    return ByteBuffer.wrap(ethtool.getByteArray(0, EthtoolCmd.SIZE)).order(ByteOrder.nativeOrder());
  }

  @Override
  public void close() {
    socket.close();
  }
}
