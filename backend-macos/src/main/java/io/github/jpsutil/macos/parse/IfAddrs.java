package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.InetText;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * psutil {@code net_if_addrs()} from the {@code getifaddrs(3)} list ({@code ifaddrs.h}), as
 * psutil's {@code arch/posix/net.c} and {@code __init__.net_if_addrs} convert it: an entry without
 * an address, or one whose address has no text (another family, a link address of length 0), is an
 * {@code AF_UNSPEC} entry; {@code ifa_dstaddr} is the broadcast address with {@code IFF_BROADCAST},
 * the point-to-point peer with {@code IFF_POINTOPOINT}; a /32 has no broadcast; link addresses are
 * padded to six groups; entries are stably sorted by family number and grouped by name.
 */
public final class IfAddrs {
  private IfAddrs() {}

  /**
   * One {@code struct ifaddrs}, its sockaddrs copied ({@code sa_len} bytes each; empty for NULL).
   */
  public record Entry(
      String name,
      int flags,
      Optional<ByteBuffer> addr,
      Optional<ByteBuffer> netmask,
      Optional<ByteBuffer> dstaddr) {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct ifaddrs", 56, KinfoProc.MACOS, "sys/types.h", "ifaddrs.h");

  public static final CField IFA_NEXT = LAYOUT.field("ifa_next", 0, CType.POINTER);
  public static final CField IFA_NAME = LAYOUT.field("ifa_name", 8, CType.POINTER);
  public static final CField IFA_FLAGS = LAYOUT.field("ifa_flags", 16, CType.UINT32);
  public static final CField IFA_ADDR = LAYOUT.field("ifa_addr", 24, CType.POINTER);
  public static final CField IFA_NETMASK = LAYOUT.field("ifa_netmask", 32, CType.POINTER);
  public static final CField IFA_DSTADDR = LAYOUT.field("ifa_dstaddr", 40, CType.POINTER);

  public static final CStruct SOCKADDR_IN6 =
      CStruct.declare("struct sockaddr_in6", 28, KinfoProc.MACOS, "sys/types.h", "netinet/in.h");

  public static final CField SIN6_ADDR = SOCKADDR_IN6.array("sin6_addr", 8, CType.BYTES, 16);
  public static final CField SIN6_SCOPE_ID = SOCKADDR_IN6.field("sin6_scope_id", 24, CType.UINT32);

  /** {@code sys/socket.h}; {@code net/if.h} flags. */
  public static final int AF_UNIX = 1, AF_INET = 2, AF_LINK = 18, AF_INET6 = 30;

  public static final int IFF_BROADCAST = 0x2, IFF_POINTOPOINT = 0x10;

  /** {@code sin_addr} of {@code struct sockaddr_in}; {@code sdl_alen} of {@code sockaddr_dl}. */
  static final int SIN_ADDR = 4, SDL_ALEN = 6;

  private static final List<Integer> FAMILY_ORDER = List.of(0, AF_INET, AF_LINK, AF_INET6);

  /** The addresses per interface name. */
  public static Map<String, List<NicAddress>> addresses(List<Entry> entries) {
    Map<Integer, String> byIndex = new HashMap<>();
    for (Entry e : entries) {
      e.addr()
          .filter(a -> family(a) == AF_LINK && a.limit() >= 4)
          .ifPresent(a -> byIndex.put(Short.toUnsignedInt(a.getShort(2)), e.name()));
    }
    List<Map.Entry<String, NicAddress>> all = new ArrayList<>();
    for (Entry e : entries) {
      all.add(Map.entry(e.name(), convert(e, byIndex)));
    }
    all.sort(Comparator.comparingInt(x -> FAMILY_ORDER.indexOf(number(x.getValue().family()))));
    Map<String, List<NicAddress>> out = new LinkedHashMap<>();
    for (Map.Entry<String, NicAddress> x : all) {
      out.computeIfAbsent(x.getKey(), k -> new ArrayList<>()).add(x.getValue());
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }

  private static int number(AddressFamily f) {
    return switch (f) {
      case INET -> AF_INET;
      case INET6 -> AF_INET6;
      case LINK -> AF_LINK;
      default -> 0;
    };
  }

  private static NicAddress convert(Entry e, Map<Integer, String> byIndex) {
    Optional<String> address = e.addr().flatMap(a -> text(a, family(a), byIndex));
    if (address.isEmpty()) {
      return new NicAddress(
          AddressFamily.UNSPEC,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
    int family = family(e.addr().get());
    Optional<String> netmask = e.netmask().flatMap(m -> text(m, family, byIndex));
    Optional<String> other = e.dstaddr().flatMap(d -> text(d, family, byIndex));
    Optional<String> broadcast = (e.flags() & IFF_BROADCAST) != 0 ? other : Optional.empty();
    Optional<String> ptp =
        (e.flags() & IFF_BROADCAST) == 0 && (e.flags() & IFF_POINTOPOINT) != 0
            ? other
            : Optional.empty();
    AddressFamily af = AddressFamily.LINK;
    String text = address.get();
    if (family == AF_INET) {
      af = AddressFamily.INET;
      broadcast =
          netmask.filter("255.255.255.255"::equals).isPresent() ? Optional.empty() : broadcast;
    } else if (family == AF_INET6) {
      af = AddressFamily.INET6;
    } else {
      text += ":00".repeat(Math.max(0, 5 - (int) text.chars().filter(c -> c == ':').count()));
    }
    return new NicAddress(af, Optional.of(text), netmask, broadcast, ptp);
  }

  private static int family(ByteBuffer sa) {
    return sa.limit() < 2 ? 0 : sa.get(1) & 0xff;
  }

  /**
   * psutil's {@code psutil_convert_ipaddr}: {@code getnameinfo(NI_NUMERICHOST)} for the two IP
   * families (bytes past a short {@code sa_len}, as in a truncated netmask, are zero), colon hex of
   * {@code LLADDR} for {@code AF_LINK}, nothing for anything else.
   */
  static Optional<String> text(ByteBuffer sa, int family, Map<Integer, String> byIndex) {
    byte[] b = new byte[Math.max(sa.limit(), SOCKADDR_IN6.size())];
    sa.get(0, b, 0, sa.limit());
    return switch (family) {
      case AF_INET -> Optional.of(InetText.ipv4(b, SIN_ADDR));
      case AF_INET6 -> Optional.of(ipv6(b, byIndex));
      case AF_LINK -> family(sa) == AF_LINK ? link(b) : Optional.empty();
      default -> Optional.empty();
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
        ByteBuffer.wrap(b).order(java.nio.ByteOrder.nativeOrder()).getInt(24) & 0xffffffffL;
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

  private static Optional<String> link(byte[] b) {
    int nlen = b[5] & 0xff;
    int alen = b[SDL_ALEN] & 0xff;
    if (alen == 0 || 8 + nlen + alen > b.length) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < alen; i++) {
      sb.append(i == 0 ? "" : ":").append(String.format("%02x", b[8 + nlen + i] & 0xff));
    }
    return Optional.of(sb.toString());
  }
}
