package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.InetText;
import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * psutil {@code net_if_addrs()} on macOS: spi {@code NetIfAddrs} applies psutil's rules to the
 * {@code getifaddrs(3)} list; this class says how xnu's socket addresses read, as {@code
 * getnameinfo(NI_NUMERICHOST)} and psutil's {@code psutil_convert_ipaddr} print them (a BSD
 * sockaddr starts with {@code sa_len}, then a one-byte {@code sa_family}).
 */
public final class IfAddrs {
  private IfAddrs() {}

  public static final CStruct SOCKADDR_IN6 =
      CStruct.declare("struct sockaddr_in6", 28, KinfoProc.MACOS, "sys/types.h", "netinet/in.h");

  public static final CField SIN6_ADDR = SOCKADDR_IN6.array("sin6_addr", 8, CType.BYTES, 16);
  public static final CField SIN6_SCOPE_ID = SOCKADDR_IN6.field("sin6_scope_id", 24, CType.UINT32);

  /** {@code sys/socket.h}. */
  public static final int AF_UNIX = 1, AF_INET = 2, AF_LINK = 18, AF_INET6 = 30;

  /**
   * {@code sin_addr} of {@code struct sockaddr_in}; {@code sdl_index}, {@code sdl_nlen}, {@code
   * sdl_alen} and {@code sdl_data} of {@code struct sockaddr_dl} ({@code net/if_dl.h}).
   */
  static final int SIN_ADDR = 4, SDL_INDEX = 2, SDL_NLEN = 5, SDL_ALEN = 6, SDL_DATA = 8;

  private static final Map<Integer, AddressFamily> FAMILIES =
      Map.of(
          AF_INET, AddressFamily.INET, AF_LINK, AddressFamily.LINK, AF_INET6, AddressFamily.INET6);

  /** The addresses per interface name; an IPv6 zone is named after the AF_LINK entries' index. */
  public static Map<String, List<NicAddress>> addresses(List<NetIfAddrs.Entry> entries) {
    Map<Integer, String> byIndex = new HashMap<>();
    for (NetIfAddrs.Entry e : entries) {
      e.addr()
          .filter(a -> family(a) == AF_LINK && a.limit() >= 4)
          .ifPresent(a -> byIndex.put(Short.toUnsignedInt(a.getShort(SDL_INDEX)), e.name()));
    }
    return NetIfAddrs.build(
        entries, FAMILIES, IfAddrs::family, (sa, family, name) -> text(sa, family, byIndex));
  }

  private static int family(ByteBuffer sa) {
    return sa.limit() < 2 ? 0 : sa.get(1) & 0xff;
  }

  /**
   * The address read as {@code family} (bytes past a short {@code sa_len}, as in a truncated
   * netmask, are zero); colon hex of {@code LLADDR} for AF_LINK; null for none.
   */
  private static String text(ByteBuffer sa, int family, Map<Integer, String> byIndex) {
    byte[] b = new byte[Math.max(sa.limit(), SOCKADDR_IN6.size())];
    sa.get(0, b, 0, sa.limit());
    return switch (family) {
      case AF_INET -> InetText.ipv4(b, SIN_ADDR);
      case AF_INET6 -> ipv6(b, byIndex);
      default -> family(sa) == AF_LINK ? link(b) : null;
    };
  }

  /**
   * The KAME convention xnu keeps: a link-local or interface/link-local multicast address carries
   * its scope (interface index) in bytes 2–3; {@code getnameinfo} moves it to the {@code %name}
   * suffix, as {@code ifconfig} shows {@code fe80::1%lo0}.
   */
  private static String ipv6(byte[] b, Map<Integer, String> byIndex) {
    int a = SIN6_ADDR.offset();
    long scope =
        ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).getInt(SIN6_SCOPE_ID.offset())
            & 0xffffffffL;
    boolean linkLocal = (b[a] & 0xff) == 0xfe && (b[a + 1] & 0xc0) == 0x80;
    boolean localMulticast =
        (b[a] & 0xff) == 0xff && ((b[a + 1] & 0x0f) == 1 || (b[a + 1] & 0x0f) == 2);
    int embedded = ((b[a + 2] & 0xff) << 8) | (b[a + 3] & 0xff);
    if ((linkLocal || localMulticast) && embedded != 0) {
      scope = scope == 0 ? embedded : scope;
      b[a + 2] = 0;
      b[a + 3] = 0;
    }
    String text = InetText.ipv6(b, a);
    return scope == 0 ? text : text + "%" + byIndex.getOrDefault((int) scope, Long.toString(scope));
  }

  private static String link(byte[] b) {
    int nlen = b[SDL_NLEN] & 0xff;
    int alen = b[SDL_ALEN] & 0xff;
    if (alen == 0 || SDL_DATA + nlen + alen > b.length) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < alen; i++) {
      sb.append(i == 0 ? "" : ":").append(String.format("%02x", b[SDL_DATA + nlen + i] & 0xff));
    }
    return sb.toString();
  }
}
