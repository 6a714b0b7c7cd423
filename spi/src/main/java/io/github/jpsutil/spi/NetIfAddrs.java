package io.github.jpsutil.spi;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NicAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * psutil's {@code net_if_addrs()} over a {@code getifaddrs(3)} list: the C part ({@code
 * psutil_net_if_addrs}, {@code arch/posix/net.c}) and the Python part ({@code psutil/__init__.py}).
 * The operating system supplies only how its socket addresses read.
 *
 * <ul>
 *   <li>An entry without {@code ifa_addr}, of a family the OS does not convert, or whose address
 *       text is None (an empty link-level address, such as {@code lo0}'s AF_LINK entry on the BSDs)
 *       becomes one AF_UNSPEC entry with every field empty.
 *   <li>netmask, broadcast and ptp are read in the family of {@code ifa_addr}; broadcast only with
 *       IFF_BROADCAST, else ptp only with IFF_POINTOPOINT.
 *   <li>A MAC address shorter than 6 octets is padded with {@code :00} (psutil gh-786).
 *   <li>An IPv4 address with netmask 255.255.255.255 has no broadcast.
 *   <li>Entries are stable-sorted by the OS's address family number (AF_UNSPEC is 0); the map's
 *       keys follow that order.
 * </ul>
 */
public final class NetIfAddrs {
  private NetIfAddrs() {}

  /**
   * {@code IFF_BROADCAST} and {@code IFF_POINTOPOINT} of {@code net/if.h}: the same bits on Linux,
   * macOS, FreeBSD and illumos.
   */
  public static final long IFF_BROADCAST = 0x2;

  /** {@code IFF_POINTOPOINT}: the entry's third address is the peer's, not a broadcast address. */
  public static final long IFF_POINTOPOINT = 0x10;

  /**
   * One element of the {@code getifaddrs(3)} list, its socket addresses copied out.
   *
   * @param name {@code ifa_name}
   * @param flags {@code ifa_flags}, the {@code IFF_*} bits
   * @param addr {@code ifa_addr}
   * @param netmask {@code ifa_netmask}
   * @param broadOrDst {@code ifa_broadaddr} / {@code ifa_dstaddr} (one member of {@code ifa_ifu})
   */
  public record Entry(
      String name,
      long flags,
      Optional<ByteBuffer> addr,
      Optional<ByteBuffer> netmask,
      Optional<ByteBuffer> broadOrDst) {
    /**
     * Checks that no component is {@code null}.
     *
     * @param name {@code ifa_name}
     * @param flags {@code ifa_flags}, the {@code IFF_*} bits
     * @param addr {@code ifa_addr}
     * @param netmask {@code ifa_netmask}
     * @param broadOrDst {@code ifa_broadaddr} / {@code ifa_dstaddr}
     */
    public Entry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(addr, "addr");
      Objects.requireNonNull(netmask, "netmask");
      Objects.requireNonNull(broadOrDst, "broadOrDst");
    }
  }

  /** How one OS prints a socket address. */
  @FunctionalInterface
  public interface SockaddrText {
    /**
     * The address in {@code sa} read as an address of family number {@code family}; {@code null}
     * when psutil has None for it.
     *
     * @param sa the socket address
     * @param family its {@code sa_family} number
     * @param interfaceName {@code ifa_name} of the entry, for an IPv6 zone
     * @return the address as psutil prints it, or {@code null}
     */
    String text(ByteBuffer sa, int family, String interfaceName);
  }

  private static final Optional<String> NONE = Optional.empty();
  private static final NicAddress UNSPEC =
      new NicAddress(AddressFamily.UNSPEC, NONE, NONE, NONE, NONE);

  /**
   * The addresses per interface name.
   *
   * @param entries the {@code getifaddrs(3)} list in its order
   * @param families the OS's family numbers psutil converts, each with its {@link AddressFamily}
   * @param familyOf {@code sa_family} of a socket address
   * @param text how the OS prints a socket address
   * @return each interface's addresses, psutil's rules applied, in the list's order of names
   */
  public static Map<String, List<NicAddress>> build(
      List<Entry> entries,
      Map<Integer, AddressFamily> families,
      ToIntFunction<ByteBuffer> familyOf,
      SockaddrText text) {
    record Row(String name, int number, NicAddress address) {}
    List<Row> rows = new ArrayList<>();
    for (Entry e : entries) {
      int number = e.addr().map(familyOf::applyAsInt).orElse(0);
      NicAddress a = families.containsKey(number) ? convert(e, number, families, text) : null;
      rows.add(a == null ? new Row(e.name(), 0, UNSPEC) : new Row(e.name(), number, a));
    }
    rows.sort(Comparator.comparingInt(Row::number)); // List.sort is stable
    Map<String, List<NicAddress>> out = new LinkedHashMap<>();
    rows.forEach(r -> out.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r.address()));
    out.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(out);
  }

  private static NicAddress convert(
      Entry e, int number, Map<Integer, AddressFamily> families, SockaddrText text) {
    String address = text.text(e.addr().get(), number, e.name());
    if (address == null) {
      return null;
    }
    Optional<String> netmask = e.netmask().map(sa -> text.text(sa, number, e.name()));
    Optional<String> broadcast = NONE;
    Optional<String> ptp = NONE;
    if ((e.flags() & IFF_BROADCAST) != 0) {
      broadcast = e.broadOrDst().map(sa -> text.text(sa, number, e.name()));
    } else if ((e.flags() & IFF_POINTOPOINT) != 0) {
      ptp = e.broadOrDst().map(sa -> text.text(sa, number, e.name()));
    }
    AddressFamily af = families.get(number);
    if (af == AddressFamily.INET && netmask.equals(Optional.of("255.255.255.255"))) {
      broadcast = NONE; // a /32 has no broadcast address
    } else if (af == AddressFamily.LINK) {
      StringBuilder mac = new StringBuilder(address);
      for (long colons = address.chars().filter(c -> c == ':').count(); colons < 5; colons++) {
        mac.append(":00");
      }
      address = mac.toString();
    }
    return new NicAddress(af, Optional.of(address), netmask, broadcast, ptp);
  }
}
