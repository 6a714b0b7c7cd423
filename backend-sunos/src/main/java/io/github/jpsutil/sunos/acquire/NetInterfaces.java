package io.github.jpsutil.sunos.acquire;

import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.spi.NetIfAddrs;
import io.github.jpsutil.sunos.parse.IfaddrsNode;
import io.github.jpsutil.sunos.parse.Lifreq;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Interface reads: the {@code getifaddrs} list and the {@code SIOCGLIF*} ioctls. */
public record NetInterfaces(SunOsNative lib) {
  /** Bytes copied from each address: a {@code sockaddr_in6}, the largest family decoded. */
  private static final int SOCKADDR_COPY = 32;

  /** The {@code getifaddrs} list, each node's sockaddrs copied out, always freed. */
  public List<NetIfAddrs.Entry> ifaddrs() {
    long[] head = new long[1];
    if (lib.getifaddrs(head) == -1) {
      throw NativeErrors.failure("getifaddrs", lib.errno());
    }
    long list = head[0];
    if (list == 0) {
      return List.of();
    }
    try {
      List<NetIfAddrs.Entry> out = new ArrayList<>();
      for (long p = list; p != 0; ) {
        if (out.size() > 100_000) {
          throw new IllegalStateException("getifaddrs list does not end (a cycle?)");
        }
        IfaddrsNode n = IfaddrsNode.decode(lib.peek(p, IfaddrsNode.LAYOUT.size()));
        out.add(
            new NetIfAddrs.Entry(
                n.name() == 0 ? "" : lib.cString(n.name()),
                n.flags(),
                copy(n.addr()),
                copy(n.netmask()),
                copy(n.ifu())));
        p = n.next();
      }
      return List.copyOf(out);
    } finally {
      lib.freeifaddrs(list);
    }
  }

  private Optional<ByteBuffer> copy(long sockaddr) {
    return sockaddr == 0 ? Optional.empty() : Optional.of(lib.peek(sockaddr, SOCKADDR_COPY));
  }

  /**
   * {@code lifr_flags} of {@code name}; empty when {@code SIOCGLIFFLAGS} fails, which psutil takes
   * to mean "not an IP interface" and skips (psutil {@code arch/sunos/net.c}).
   */
  public OptionalLong flags(String name) {
    ByteBuffer req = Lifreq.request(name);
    if (lib.lifIoctl(Lifreq.SIOCGLIFFLAGS, req) == -1) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Lifreq.flags(req));
  }

  /** {@code lifr_mtu} of {@code name}; psutil fails {@code net_if_stats} when this ioctl fails. */
  public int mtu(String name) {
    ByteBuffer req = Lifreq.request(name);
    if (lib.lifIoctl(Lifreq.SIOCGLIFMTU, req) == -1) {
      throw NativeErrors.failure("ioctl(SIOCGLIFMTU, " + name + ")", lib.errno());
    }
    return Lifreq.mtu(req);
  }
}
