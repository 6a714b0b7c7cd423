package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.InetText;
import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * illumos socket addresses ({@code netinet/in.h}) as psutil prints them. {@code sa_family} is in
 * host order, ports and addresses in network order. illumos numbers {@code AF_INET6} 26 (Linux 10).
 */
public final class Sockaddr {
  private Sockaddr() {}

  /** {@code AF_UNSPEC}, {@code AF_INET}, {@code AF_INET6} of illumos {@code sys/socket.h}. */
  public static final int AF_UNSPEC = 0;

  public static final int AF_INET = 2;
  public static final int AF_INET6 = 26;

  public static final CStruct IN = Timestruc.declare("struct sockaddr_in", 16, "netinet/in.h");
  public static final CField SIN_FAMILY = IN.field("sin_family", 0, CType.UINT16);
  public static final CField SIN_PORT = IN.array("sin_port", 2, CType.BYTES, 2);
  public static final CField SIN_ADDR = IN.array("sin_addr", 4, CType.BYTES, 4);

  /** illumos's is 32 bytes: {@code __sin6_src_id} follows {@code sin6_scope_id}. */
  public static final CStruct IN6 = Timestruc.declare("struct sockaddr_in6", 32, "netinet/in.h");

  public static final CField SIN6_FAMILY = IN6.field("sin6_family", 0, CType.UINT16);
  public static final CField SIN6_PORT = IN6.array("sin6_port", 2, CType.BYTES, 2);
  public static final CField SIN6_ADDR = IN6.array("sin6_addr", 8, CType.BYTES, 16);
  public static final CField SIN6_SCOPE_ID = IN6.field("sin6_scope_id", 24, CType.UINT32);

  /**
   * psutil's {@code net_if_addrs()} over the {@code getifaddrs(3SOCKET)} list: IPv4 and IPv6 only
   * (illumos's list has no link-layer entries, so psutil has no MAC address on SunOS). A link-local
   * IPv6 address's zone is its interface: the physical name before ':'.
   */
  public static Map<String, List<NicAddress>> ifAddrs(List<NetIfAddrs.Entry> entries) {
    return NetIfAddrs.build(
        entries,
        Map.of(AF_INET, AddressFamily.INET, AF_INET6, AddressFamily.INET6),
        Sockaddr::family,
        (sa, family, name) -> text(sa, family, name.split(":", 2)[0]));
  }

  /** {@code sa_family} of the address at the start of {@code sa}. */
  public static int family(ByteBuffer sa) {
    if (sa.limit() < 2) {
      throw new MalformedDataException("sockaddr of " + sa.limit() + " bytes has no sa_family");
    }
    return SIN_FAMILY.u16(sa);
  }

  /**
   * The address as {@code getnameinfo(NI_NUMERICHOST)} writes it, read in {@code family} (a netmask
   * is read in its address's family); IPv6 with a nonzero scope gets {@code %zone}. {@code null}
   * for other families.
   */
  public static String text(ByteBuffer sa, int family, String zone) {
    switch (family) {
      case AF_INET:
        IN.require(sa);
        return InetText.of(SIN_ADDR.bytes(sa, 0));
      case AF_INET6:
        IN6.require(sa);
        String ip = InetText.of(SIN6_ADDR.bytes(sa, 0));
        return SIN6_SCOPE_ID.u32(sa) == 0 ? ip : ip + "%" + zone;
      default:
        return null;
    }
  }
}
