package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.InetText;
import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * FreeBSD socket addresses as psutil's {@code psutil_convert_ipaddr} prints them. Unlike Linux's, a
 * BSD {@code sockaddr} starts with its length ({@code sa_len}, one byte) and then a one-byte {@code
 * sa_family}; ports and addresses are in network order, {@code sin6_scope_id} in host order. A
 * routing-socket netmask may be shorter than its struct (trailing zero bytes left out); the missing
 * bytes read as zero.
 */
public final class SockaddrText {
  private SockaddrText() {}

  /** {@code sys/socket.h}: AF_INET 2, AF_LINK 18, AF_INET6 28 (Linux's AF_INET6 is 10). */
  public static final int AF_INET = 2;

  public static final int AF_LINK = 18;
  public static final int AF_INET6 = 28;

  public static final CStruct SOCKADDR_IN =
      CStruct.declare("struct sockaddr_in", 16, Timeval.AMD64, "netinet/in.h");
  public static final CField SA_FAMILY = SOCKADDR_IN.field("sin_family", 1, CType.UINT8);
  public static final CField SIN_ADDR = SOCKADDR_IN.array("sin_addr", 4, CType.BYTES, 4);

  public static final CStruct SOCKADDR_IN6 =
      CStruct.declare("struct sockaddr_in6", 28, Timeval.AMD64, "netinet6/in6.h");
  public static final CField SIN6_ADDR = SOCKADDR_IN6.array("sin6_addr", 8, CType.BYTES, 16);
  public static final CField SIN6_SCOPE_ID = SOCKADDR_IN6.field("sin6_scope_id", 24, CType.UINT32);

  public static final CField SDL_ALEN = IfMsghdr.SOCKADDR_DL.field("sdl_alen", 6, CType.UINT8);

  private static final Map<Integer, AddressFamily> FAMILIES =
      Map.of(
          AF_INET, AddressFamily.INET, AF_LINK, AddressFamily.LINK, AF_INET6, AddressFamily.INET6);

  /**
   * psutil's {@code net_if_addrs()} over the {@code getifaddrs(3)} list.
   *
   * @param zoneName the interface name of an IPv6 scope id, {@code null} when none
   */
  public static Map<String, List<NicAddress>> ifAddrs(
      List<NetIfAddrs.Entry> entries, IntFunction<String> zoneName) {
    return NetIfAddrs.build(
        entries, FAMILIES, SockaddrText::family, (sa, family, name) -> text(sa, family, zoneName));
  }

  /** {@code sa_family} of a socket address (0 for an empty one). */
  public static int family(ByteBuffer sa) {
    return sa.limit() > SA_FAMILY.offset() ? SA_FAMILY.u8(sa) : 0;
  }

  /**
   * The address in {@code sa} read as a {@code family} address: IPv4 dotted quad; IPv6 as {@code
   * inet_ntop} writes it, with {@code %zone} when {@code sin6_scope_id} is set (FreeBSD's {@code
   * getnameinfo(NI_NUMERICHOST)}: the interface name for link-local unicast and link- or
   * interface-local multicast, else the number); AF_LINK: the {@code sdl_alen} bytes after the
   * {@code sdl_nlen} name bytes of {@code sdl_data}, as lowercase {@code aa:bb:..}.
   *
   * @param zoneName the interface name of a scope id ({@code if_indextoname(3)}), or {@code null}
   * @return the text, or {@code null} for another family or an empty hardware address (psutil's
   *     None)
   */
  public static String text(ByteBuffer sa, int family, IntFunction<String> zoneName) {
    switch (family) {
      case AF_INET:
        return InetText.of(SIN_ADDR.bytes(padded(sa, SOCKADDR_IN.size()), 0));
      case AF_INET6:
        {
          ByteBuffer b = padded(sa, SOCKADDR_IN6.size());
          byte[] a = SIN6_ADDR.bytes(b, 0);
          String ip = InetText.of(a);
          long scope = SIN6_SCOPE_ID.u32(b);
          if (scope == 0) {
            return ip;
          }
          String zone = namedScope(a) ? zoneName.apply((int) scope) : null;
          return ip + '%' + (zone != null ? zone : Long.toString(scope));
        }
      case AF_LINK:
        {
          ByteBuffer b = padded(sa, IfMsghdr.SOCKADDR_DL.size());
          int alen = SDL_ALEN.u8(b);
          int from = IfMsghdr.SDL_DATA.offset() + IfMsghdr.SDL_NLEN.u8(b);
          if (alen == 0) {
            return null;
          }
          b = padded(sa, from + alen);
          StringBuilder sb = new StringBuilder(alen * 3);
          for (int i = 0; i < alen; i++) {
            int v = Byte.toUnsignedInt(b.get(from + i));
            sb.append(i > 0 ? ":" : "")
                .append(Character.forDigit(v >> 4, 16))
                .append(Character.forDigit(v & 15, 16));
          }
          return sb.toString();
        }
      default:
        return null;
    }
  }

  /** fe80::/10, ff02::/16 or ff01::/16: the scopes KAME's getnameinfo names by interface. */
  private static boolean namedScope(byte[] a) {
    int b0 = a[0] & 0xff;
    int b1 = a[1] & 0xff;
    return (b0 == 0xfe && (b1 & 0xc0) == 0x80)
        || (b0 == 0xff && ((b1 & 0x0f) == 0x02 || (b1 & 0x0f) == 0x01));
  }

  /** {@code sa} with at least {@code size} bytes, the missing ones zero. */
  private static ByteBuffer padded(ByteBuffer sa, int size) {
    if (sa.limit() >= size) {
      return sa;
    }
    ByteBuffer b = ByteBuffer.allocate(size).order(sa.order());
    for (int i = 0; i < sa.limit(); i++) {
      b.put(i, sa.get(i));
    }
    return b;
  }
}
