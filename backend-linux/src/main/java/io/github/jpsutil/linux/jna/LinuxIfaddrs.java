package io.github.jpsutil.linux.jna;

import com.sun.jna.Pointer;
import io.github.jpsutil.linux.parse.Sockaddr;
import io.github.jpsutil.posix.Ifaddrs;
import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code getifaddrs(3)} with each socket address copied out by its Linux size, so that {@link
 * io.github.jpsutil.linux.parse.NicAddresses} decodes plain bytes.
 */
public final class LinuxIfaddrs {
  private LinuxIfaddrs() {}

  /** {@code sizeof(struct sockaddr)}: what any other family is copied as. */
  private static final int SOCKADDR_SIZE = 16;

  /** The list, in getifaddrs' order; the native list is freed before this returns. */
  public static List<NetIfAddrs.Entry> read() {
    List<NetIfAddrs.Entry> entries = new ArrayList<>();
    Ifaddrs.forEach(
        (name, flags, addr, netmask, broadOrDst) -> {
          int family = addr == null ? -1 : Short.toUnsignedInt(addr.getShort(0));
          entries.add(
              new NetIfAddrs.Entry(
                  name,
                  flags,
                  copy(addr, family),
                  copy(netmask, family),
                  copy(broadOrDst, family)));
        });
    return entries;
  }

  /** The interface name of an IPv6 scope id, or {@code null}. */
  public static String zoneName(int scopeId) {
    return Ifaddrs.indexToName(scopeId);
  }

  /**
   * Copies one sockaddr, sized by the family of the entry's {@code ifa_addr}: psutil reads the
   * netmask and broadcast in that family too, and glibc gives them that family.
   */
  private static Optional<ByteBuffer> copy(Pointer sa, int family) {
    if (sa == null) {
      return Optional.empty();
    }
    int size =
        switch (family) {
          case Sockaddr.AF_INET -> Sockaddr.SOCKADDR_IN_SIZE;
          case Sockaddr.AF_INET6 -> Sockaddr.SOCKADDR_IN6_SIZE;
          // The libc wrote sll_halen bytes of hardware address after the header (glibc keeps each
          // address in storage of at least 28 bytes and accepts no more than fits there).
          case Sockaddr.AF_PACKET ->
              Sockaddr.SLL_ADDR_OFFSET + Byte.toUnsignedInt(sa.getByte(Sockaddr.SLL_HALEN_OFFSET));
          default -> SOCKADDR_SIZE;
        };
    return Optional.of(ByteBuffer.wrap(sa.getByteArray(0, size)).order(ByteOrder.nativeOrder()));
  }
}
