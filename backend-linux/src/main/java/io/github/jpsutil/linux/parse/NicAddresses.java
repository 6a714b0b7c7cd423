package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.spi.NetIfAddrs;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * psutil's {@code net_if_addrs()} on Linux: spi {@link NetIfAddrs} (psutil's rules, shared with the
 * BSDs and illumos) over Linux's family numbers (AF_INET 2, AF_INET6 10, AF_PACKET 17 as psutil's
 * AF_LINK) and {@link Sockaddr}'s text, with an IPv6 link-local address's zone named from its scope
 * id as {@code getnameinfo(NI_NUMERICHOST)} names it.
 */
public final class NicAddresses {
  private NicAddresses() {}

  private static final Map<Integer, AddressFamily> FAMILIES =
      Map.of(
          Sockaddr.AF_INET, AddressFamily.INET,
          Sockaddr.AF_INET6, AddressFamily.INET6,
          Sockaddr.AF_PACKET, AddressFamily.LINK);

  /**
   * The addresses per interface name.
   *
   * @param entries the {@code getifaddrs(3)} list in its order
   * @param zoneName the interface name of an IPv6 scope id, {@code null} when none
   * @return each interface's addresses, psutil's rules applied
   */
  public static Map<String, List<NicAddress>> build(
      List<NetIfAddrs.Entry> entries, IntFunction<String> zoneName) {
    return NetIfAddrs.build(
        entries,
        FAMILIES,
        Sockaddr::family,
        (sa, family, name) -> Sockaddr.text(sa, family, zoneName));
  }
}
