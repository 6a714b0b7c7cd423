package io.github.jpsutil.freebsd.parse;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of the {@code getifaddrs(3)} list, its socket addresses copied out ({@code sa_len}
 * bytes each, in host order).
 *
 * @param name {@code ifa_name}
 * @param flags {@code ifa_flags}, the {@code IFF_*} bits
 * @param addr {@code ifa_addr}
 * @param netmask {@code ifa_netmask}
 * @param broadOrDst {@code ifa_broadaddr} / {@code ifa_dstaddr} (one member of {@code ifa_ifu})
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
