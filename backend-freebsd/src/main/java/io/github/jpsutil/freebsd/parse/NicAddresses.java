package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NicAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * psutil's {@code net_if_addrs()} on FreeBSD from the {@code getifaddrs(3)} list: the C part
 * ({@code psutil_net_if_addrs}, {@code arch/posix/net.c}) and the Python part ({@code
 * psutil/__init__.py}).
 *
 * <ul>
 *   <li>An entry without {@code ifa_addr}, of another family, or whose link-level address is empty
 *       ({@code lo0}'s AF_LINK entry) becomes one AF_UNSPEC entry with every field empty.
 *   <li>netmask, broadcast and ptp are read in the family of {@code ifa_addr}; broadcast only with
 *       IFF_BROADCAST, else ptp only with IFF_POINTOPOINT.
 *   <li>A MAC address shorter than 6 octets is padded with {@code :00} (psutil gh-786).
 *   <li>An IPv4 address with netmask 255.255.255.255 has no broadcast.
 *   <li>Entries are stable-sorted by FreeBSD's family numbers: AF_UNSPEC 0, AF_INET 2, AF_LINK 18,
 *       AF_INET6 28; the map's keys follow that order.
 * </ul>
 */
public final class NicAddresses {
  private NicAddresses() {}

  /** {@code net/if.h} (golang.org/x/sys {@code zerrors_freebsd_amd64.go}). */
  static final int IFF_BROADCAST = 0x2;

  static final int IFF_POINTOPOINT = 0x10;

  private static final Optional<String> NONE = Optional.empty();
  private static final AddressFamily[] IN_FAMILY_NUMBER_ORDER = {
    AddressFamily.UNSPEC, AddressFamily.INET, AddressFamily.LINK, AddressFamily.INET6
  };

  /**
   * The addresses per interface name.
   *
   * @param zoneName the interface name of an IPv6 scope id, {@code null} when none
   */
  public static Map<String, List<NicAddress>> build(
      List<IfaddrsEntry> entries, IntFunction<String> zoneName) {
    List<NicAddress> converted = entries.stream().map(e -> convert(e, zoneName)).toList();
    Map<String, List<NicAddress>> out = new LinkedHashMap<>();
    for (AddressFamily family : IN_FAMILY_NUMBER_ORDER) {
      for (int i = 0; i < converted.size(); i++) {
        if (converted.get(i).family() == family) {
          out.computeIfAbsent(entries.get(i).name(), k -> new ArrayList<>()).add(converted.get(i));
        }
      }
    }
    out.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(out);
  }

  private static NicAddress convert(IfaddrsEntry e, IntFunction<String> zoneName) {
    NicAddress unspec = new NicAddress(AddressFamily.UNSPEC, NONE, NONE, NONE, NONE);
    if (e.addr().isEmpty()) {
      return unspec;
    }
    int family = SockaddrText.family(e.addr().get());
    String address = SockaddrText.text(e.addr().get(), family, zoneName);
    if (address == null) {
      return unspec;
    }
    Optional<String> netmask = text(e.netmask(), family, zoneName);
    Optional<String> broadcast = NONE;
    Optional<String> ptp = NONE;
    if ((e.flags() & IFF_BROADCAST) != 0) {
      broadcast = text(e.broadOrDst(), family, zoneName);
    } else if ((e.flags() & IFF_POINTOPOINT) != 0) {
      ptp = text(e.broadOrDst(), family, zoneName);
    }
    AddressFamily af =
        switch (family) {
          case SockaddrText.AF_INET -> AddressFamily.INET;
          case SockaddrText.AF_INET6 -> AddressFamily.INET6;
          default -> AddressFamily.LINK;
        };
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

  private static Optional<String> text(
      Optional<ByteBuffer> sa, int family, IntFunction<String> zoneName) {
    return sa.map(b -> SockaddrText.text(b, family, zoneName));
  }
}
