package io.github.jpsutil.linux.parse;

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
 * psutil's {@code net_if_addrs()} from the {@code getifaddrs(3)} list: the C part ({@code
 * psutil_net_if_addrs} in {@code arch/posix/net.c}) and the Python post-processing
 * (psutil/__init__.py {@code net_if_addrs}).
 *
 * <ul>
 *   <li>An entry without {@code ifa_addr}, of another family, or whose hardware address is empty
 *       becomes one AF_UNSPEC entry with every field empty (psutil 8.0, gh-2778).
 *   <li>{@code netmask}, {@code broadcast} and {@code ptp} are read in the family of {@code
 *       ifa_addr}; {@code broadcast} only when IFF_BROADCAST is set, else {@code ptp} only when
 *       IFF_POINTOPOINT is.
 *   <li>MAC addresses shorter than 6 octets are padded with {@code :00} (psutil gh-786).
 *   <li>An IPv4 address with netmask 255.255.255.255 (a /32) has no broadcast, whatever the kernel
 *       says; otherwise the kernel's broadcast is kept.
 *   <li>Entries are stable-sorted by family number (AF_UNSPEC 0, AF_INET 2, AF_INET6 10, AF_PACKET
 *       17); the map's keys follow the sorted list.
 * </ul>
 */
public final class NicAddresses {
  private NicAddresses() {}

  private static final Optional<String> NONE = Optional.empty();

  /**
   * The families in the order of their C numbers: AF_UNSPEC 0, AF_UNIX 1, AF_INET 2, AF_INET6 10,
   * AF_PACKET 17 (LINK).
   */
  private static final AddressFamily[] BY_FAMILY_NUMBER = {
    AddressFamily.UNSPEC,
    AddressFamily.UNIX,
    AddressFamily.INET,
    AddressFamily.INET6,
    AddressFamily.LINK
  };

  /**
   * The addresses per interface name.
   *
   * @param zoneName the interface name of an IPv6 scope id, {@code null} when none
   */
  public static Map<String, List<NicAddress>> build(
      List<IfaddrsEntry> entries, IntFunction<String> zoneName) {
    List<NicAddress> converted = new ArrayList<>(entries.size());
    for (IfaddrsEntry e : entries) {
      converted.add(convert(e, zoneName));
    }
    // psutil's stable sort by family number, then grouping by name in the sorted order: one pass
    // per family, lowest number first, over the entries in getifaddrs order.
    Map<String, List<NicAddress>> result = new LinkedHashMap<>();
    for (AddressFamily family : BY_FAMILY_NUMBER) {
      for (int i = 0; i < converted.size(); i++) {
        NicAddress a = converted.get(i);
        if (a.family() == family) {
          result.computeIfAbsent(entries.get(i).name(), k -> new ArrayList<>()).add(a);
        }
      }
    }
    result.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(result);
  }

  private static NicAddress convert(IfaddrsEntry e, IntFunction<String> zoneName) {
    NicAddress unspec = new NicAddress(AddressFamily.UNSPEC, NONE, NONE, NONE, NONE);
    if (e.addr().isEmpty()) {
      return unspec; // a NIC with no address, e.g. a tunnel
    }
    int family = Sockaddr.family(e.addr().get());
    String address = Sockaddr.text(e.addr().get(), family, zoneName);
    if (address == null) {
      return unspec;
    }
    Optional<String> netmask = text(e.netmask(), family, zoneName);
    Optional<String> broadcast = NONE;
    Optional<String> ptp = NONE;
    if ((e.flags() & IfFlags.IFF_BROADCAST) != 0) {
      broadcast = text(e.broadOrDst(), family, zoneName);
    } else if ((e.flags() & IfFlags.IFF_POINTOPOINT) != 0) {
      ptp = text(e.broadOrDst(), family, zoneName);
    }
    AddressFamily af;
    switch (family) {
      case Sockaddr.AF_INET:
        af = AddressFamily.INET;
        if (netmask.isPresent() && netmask.get().equals("255.255.255.255")) {
          broadcast = NONE; // a /32 network has no broadcast address
        }
        break;
      case Sockaddr.AF_INET6:
        af = AddressFamily.INET6;
        break;
      default:
        af = AddressFamily.LINK;
        address = padMac(address);
        break;
    }
    return new NicAddress(af, Optional.of(address), netmask, broadcast, ptp);
  }

  private static Optional<String> text(
      Optional<ByteBuffer> sa, int family, IntFunction<String> zoneName) {
    return sa.isEmpty() ? NONE : Optional.ofNullable(Sockaddr.text(sa.get(), family, zoneName));
  }

  private static String padMac(String mac) {
    int colons = 0;
    for (int i = 0; i < mac.length(); i++) {
      if (mac.charAt(i) == ':') {
        colons++;
      }
    }
    StringBuilder sb = new StringBuilder(mac);
    for (; colons < 5; colons++) {
      sb.append(":00");
    }
    return sb.toString();
  }
}
