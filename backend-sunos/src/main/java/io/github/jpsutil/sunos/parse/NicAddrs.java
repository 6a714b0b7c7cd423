package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NicAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * psutil's {@code net_if_addrs()} on SunOS: {@code psutil_net_if_addrs} ({@code arch/posix/net.c})
 * over the {@code getifaddrs} list, then {@code psutil/__init__.py}.
 *
 * <ul>
 *   <li>Only AF_INET and AF_INET6 are converted (illumos's list has no link-layer entries: psutil
 *       gets no MAC address on SunOS); an entry without {@code ifa_addr} or of another family
 *       becomes one AF_UNSPEC entry with every field empty.
 *   <li>{@code broadcast} only when IFF_BROADCAST is set, else {@code ptp} only when
 *       IFF_POINTOPOINT is; both read in the family of {@code ifa_addr}.
 *   <li>An IPv4 address with netmask 255.255.255.255 has no broadcast.
 *   <li>Entries are stable-sorted by family number (AF_UNSPEC 0, AF_INET 2, AF_INET6 26).
 * </ul>
 */
public final class NicAddrs {
  private NicAddrs() {}

  /** One {@code getifaddrs} entry with its sockaddrs copied out (empty when the pointer is 0). */
  public record Entry(
      String name,
      long flags,
      Optional<ByteBuffer> addr,
      Optional<ByteBuffer> netmask,
      Optional<ByteBuffer> broadOrDst) {}

  private static final Optional<String> NONE = Optional.empty();

  /** The addresses per interface name, keys in the order of the family-sorted list. */
  public static Map<String, List<NicAddress>> build(List<Entry> entries) {
    List<NicAddress> converted = entries.stream().map(NicAddrs::convert).toList();
    Map<String, List<NicAddress>> out = new LinkedHashMap<>();
    for (AddressFamily f : List.of(AddressFamily.UNSPEC, AddressFamily.INET, AddressFamily.INET6)) {
      for (int i = 0; i < converted.size(); i++) {
        if (converted.get(i).family() == f) {
          out.computeIfAbsent(entries.get(i).name(), k -> new ArrayList<>()).add(converted.get(i));
        }
      }
    }
    out.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(out);
  }

  private static NicAddress convert(Entry e) {
    NicAddress unspec = new NicAddress(AddressFamily.UNSPEC, NONE, NONE, NONE, NONE);
    if (e.addr().isEmpty()) {
      return unspec;
    }
    int family = Sockaddr.family(e.addr().get());
    // A link-local IPv6 address's zone is its interface: the physical name before ':'.
    String zone = e.name().contains(":") ? e.name().substring(0, e.name().indexOf(':')) : e.name();
    String address = Sockaddr.text(e.addr().get(), family, zone);
    if (address == null) {
      return unspec;
    }
    Optional<String> netmask = e.netmask().map(sa -> Sockaddr.text(sa, family, zone));
    Optional<String> broadcast = NONE;
    Optional<String> ptp = NONE;
    if ((e.flags() & Lifreq.IFF_BROADCAST) != 0) {
      broadcast = e.broadOrDst().map(sa -> Sockaddr.text(sa, family, zone));
    } else if ((e.flags() & Lifreq.IFF_POINTOPOINT) != 0) {
      ptp = e.broadOrDst().map(sa -> Sockaddr.text(sa, family, zone));
    }
    if (family == Sockaddr.AF_INET && netmask.equals(Optional.of("255.255.255.255"))) {
      broadcast = NONE; // a /32 network has no broadcast address
    }
    AddressFamily af = family == Sockaddr.AF_INET ? AddressFamily.INET : AddressFamily.INET6;
    return new NicAddress(af, Optional.of(address), netmask, broadcast, ptp);
  }
}
