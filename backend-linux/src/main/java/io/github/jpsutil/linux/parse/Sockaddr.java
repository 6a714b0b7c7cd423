package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.InetText;
import java.nio.ByteBuffer;
import java.util.function.IntFunction;

/**
 * Linux socket addresses as psutil prints them. The buffer's byte order must be the host's: {@code
 * sa_family} and {@code sin6_scope_id} are host-order fields, ports and IP addresses are in network
 * order.
 *
 * <pre>
 * struct sockaddr_in  (netinet/in.h)       0 sin_family u16   2 sin_port be16   4 sin_addr[4]  (16 bytes)
 * struct sockaddr_in6 (netinet/in.h)       0 sin6_family u16  2 sin6_port be16 4 sin6_flowinfo u32
 *                                          8 sin6_addr[16]   24 sin6_scope_id u32              (28 bytes)
 * struct sockaddr_ll  (linux/if_packet.h)  0 sll_family u16   2 sll_protocol be16 4 sll_ifindex s32
 *                                          8 sll_hatype u16  10 sll_pkttype u8 11 sll_halen u8
 *                                         12 sll_addr[halen]                                   (20+ bytes)
 * </pre>
 */
public final class Sockaddr {
  private Sockaddr() {}

  /** {@code AF_INET} in Linux's {@code bits/socket.h}. */
  public static final int AF_INET = 2;

  /** {@code AF_INET6} in Linux's {@code bits/socket.h} (the BSDs and macOS differ). */
  public static final int AF_INET6 = 10;

  /** {@code AF_PACKET} in Linux's {@code bits/socket.h}, psutil's {@code AF_LINK} on Linux. */
  public static final int AF_PACKET = 17;

  /** Bytes of a {@code sockaddr_in}. */
  public static final int SOCKADDR_IN_SIZE = LinuxStructs.SOCKADDR_IN.size();

  /** Bytes of a {@code sockaddr_in6}. */
  public static final int SOCKADDR_IN6_SIZE = LinuxStructs.SOCKADDR_IN6.size();

  /** Offset of {@code sll_halen} and of {@code sll_addr} in a {@code sockaddr_ll}. */
  public static final int SLL_HALEN_OFFSET = LinuxStructs.SLL_HALEN.offset();

  public static final int SLL_ADDR_OFFSET = LinuxStructs.SLL_ADDR.offset();

  /** {@code sa_family} of a socket address. */
  public static int family(ByteBuffer sa) {
    need(sa, 2, "sa_family");
    return Short.toUnsignedInt(sa.getShort(0));
  }

  /**
   * The address in {@code sa} read as a {@code family} address, as psutil's {@code
   * psutil_convert_ipaddr} does: IPv4 dotted quad; IPv6 in {@code inet_ntop} form with a {@code
   * %zone} for link-local unicast and multicast addresses that carry a scope id (glibc {@code
   * getnameinfo(NI_NUMERICHOST)}: the interface name, or the number when the index has no name);
   * for AF_PACKET the {@code sll_halen} bytes of the hardware address as lowercase {@code
   * aa:bb:..}.
   *
   * @param zoneName the interface name of a scope id, or {@code null} when there is none ({@code
   *     if_indextoname(3)})
   * @return the text, or {@code null} for another family or a hardware address of length 0
   *     (psutil's None)
   * @throws MalformedDataException when the buffer is shorter than the family's struct
   */
  public static String text(ByteBuffer sa, int family, IntFunction<String> zoneName) {
    switch (family) {
      case AF_INET:
        {
          need(sa, SOCKADDR_IN_SIZE, "sockaddr_in");
          byte[] a = new byte[4];
          sa.get(4, a);
          return InetText.ipv4(a, 0);
        }
      case AF_INET6:
        {
          need(sa, SOCKADDR_IN6_SIZE, "sockaddr_in6");
          byte[] a = new byte[16];
          sa.get(8, a);
          String ip = InetText.ipv6(a, 0);
          long scope = Integer.toUnsignedLong(sa.getInt(24));
          if (scope == 0) {
            return ip;
          }
          String zone = isLinkLocal(a) ? zoneName.apply((int) scope) : null;
          return ip + '%' + (zone != null ? zone : Long.toString(scope));
        }
      case AF_PACKET:
        {
          need(sa, SLL_ADDR_OFFSET, "sockaddr_ll");
          int halen = Byte.toUnsignedInt(sa.get(SLL_HALEN_OFFSET));
          if (halen == 0) {
            return null;
          }
          need(sa, SLL_ADDR_OFFSET + halen, "sockaddr_ll with sll_halen " + halen);
          StringBuilder sb = new StringBuilder(halen * 3);
          for (int i = 0; i < halen; i++) {
            if (i > 0) {
              sb.append(':');
            }
            int b = Byte.toUnsignedInt(sa.get(SLL_ADDR_OFFSET + i));
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
          }
          return sb.toString();
        }
      default:
        return null;
    }
  }

  /** fe80::/10 ({@code IN6_IS_ADDR_LINKLOCAL}) or ff02::/16 ({@code IN6_IS_ADDR_MC_LINKLOCAL}). */
  private static boolean isLinkLocal(byte[] a) {
    int b0 = a[0] & 0xff;
    int b1 = a[1] & 0xff;
    return (b0 == 0xfe && (b1 & 0xc0) == 0x80) || (b0 == 0xff && (b1 & 0x0f) == 0x02);
  }

  private static void need(ByteBuffer sa, int bytes, String struct) {
    if (sa.limit() < bytes) {
      throw new MalformedDataException(
          struct + " needs " + bytes + " bytes, the buffer has " + sa.limit());
    }
  }
}
