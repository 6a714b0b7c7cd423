package io.github.jpsutil.linux.parse;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of the list {@code getifaddrs(3)} returns, with its socket addresses copied out of
 * native memory (host byte order).
 *
 * @param name {@code ifa_name}: the interface, or an IPv4 address's label such as {@code eth0:1}
 * @param flags {@code ifa_flags}, the {@code IFF_*} bits
 * @param addr {@code ifa_addr}; empty for a NULL pointer
 * @param netmask {@code ifa_netmask}; empty for a NULL pointer
 * @param broadOrDst {@code ifa_ifu}: the broadcast address when {@code IFF_BROADCAST} is set, the
 *     peer's address when {@code IFF_POINTOPOINT} is; empty for a NULL pointer
 */
public record IfaddrsEntry(
    String name,
    int flags,
    Optional<ByteBuffer> addr,
    Optional<ByteBuffer> netmask,
    Optional<ByteBuffer> broadOrDst) {
  public IfaddrsEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(addr, "addr");
    Objects.requireNonNull(netmask, "netmask");
    Objects.requireNonNull(broadOrDst, "broadOrDst");
  }
}
