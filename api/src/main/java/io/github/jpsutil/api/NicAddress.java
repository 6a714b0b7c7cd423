package io.github.jpsutil.api;

import java.util.Optional;

/**
 * One address of a network interface (psutil's {@code snicaddr}). {@code broadcast} and {@code ptp}
 * are never both present.
 *
 * @param family {@link AddressFamily#INET}, {@link AddressFamily#INET6}, {@link AddressFamily#LINK}
 *     (MAC address) or {@link AddressFamily#UNSPEC} for an interface without addresses
 * @param address the address, e.g. {@code 192.168.1.2}, {@code fe80::1%eth0} or {@code
 *     52:54:00:12:34:56}; empty only for {@link AddressFamily#UNSPEC}
 * @param netmask the netmask in the family's notation
 * @param broadcast the broadcast address
 * @param ptp the peer of a point-to-point interface
 */
public record NicAddress(
    AddressFamily family,
    Optional<String> address,
    Optional<String> netmask,
    Optional<String> broadcast,
    Optional<String> ptp) {
  /**
   * Checks the components.
   *
   * @param family {@link AddressFamily#INET}, {@link AddressFamily#INET6}, {@link
   *     AddressFamily#LINK} (MAC address) or {@link AddressFamily#UNSPEC} for an interface without
   *     addresses
   * @param address the address, e.g. {@code 192.168.1.2}, {@code fe80::1%eth0} or {@code
   *     52:54:00:12:34:56}; empty only for {@link AddressFamily#UNSPEC}
   * @param netmask the netmask in the family's notation
   * @param broadcast the broadcast address
   * @param ptp the peer of a point-to-point interface
   * @throws NullPointerException if a component is null; the message names it
   * @throws IllegalArgumentException if a component is out of range; the message says which
   */
  public NicAddress {
    Check.notNull("family", family);
    Check.notNull("address", address);
    Check.notNull("netmask", netmask);
    Check.notNull("broadcast", broadcast);
    Check.notNull("ptp", ptp);
    if (broadcast.isPresent() && ptp.isPresent()) {
      throw new IllegalArgumentException("broadcast and ptp are mutually exclusive");
    }
  }
}
