package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.parse.IfMsghdr;
import io.github.jpsutil.freebsd.parse.IfRequests;
import io.github.jpsutil.freebsd.parse.SockaddrText;
import io.github.jpsutil.freebsd.parse.SysSockets;
import io.github.jpsutil.spi.NetSource;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-interface counters from the routing socket's interface list ({@code NET_RT_IFLIST}),
 * addresses from {@code getifaddrs(3)}, and state from the interface ioctls, as psutil does.
 */
record FreeBsdNetwork(Sysctls sysctls) implements NetSource {
  @Override
  public Map<String, NetIoCounters> ioCounters() {
    return IfMsghdr.ioCounters(sysctls.interfaceList());
  }

  /**
   * psutil's FreeBSD {@code net_connections}: {@code kern.file} for the owners, then the TCP and
   * UDP pcblists (for an inet kind of that type) and the local stream and datagram pcblists (for a
   * UNIX kind).
   */
  @Override
  public List<Connection> connections(ConnectionKind kind) {
    Map<Long, SysSockets.Owner> owners = SysSockets.owners(sysctls.tableByName("kern.file"));
    Set<Connection> out = new LinkedHashSet<>();
    boolean inet =
        kind.families().contains(AddressFamily.INET)
            || kind.families().contains(AddressFamily.INET6);
    if (inet && kind.types().contains(SocketType.STREAM)) {
      out.addAll(SysSockets.inet(sysctls.tableByName("net.inet.tcp.pcblist"), true, kind, owners));
    }
    if (inet && kind.types().contains(SocketType.DGRAM)) {
      out.addAll(SysSockets.inet(sysctls.tableByName("net.inet.udp.pcblist"), false, kind, owners));
    }
    if (kind.families().contains(AddressFamily.UNIX)) {
      out.addAll(
          SysSockets.unix(
              sysctls.tableByName("net.local.stream.pcblist"), SocketType.STREAM, owners));
      out.addAll(
          SysSockets.unix(
              sysctls.tableByName("net.local.dgram.pcblist"), SocketType.DGRAM, owners));
    }
    return List.copyOf(out);
  }

  @Override
  public Map<String, List<NicAddress>> ifAddrs() {
    return SockaddrText.ifAddrs(sysctls.kernel().ifaddrs(), sysctls.kernel()::interfaceName);
  }

  /**
   * psutil's FreeBSD {@code net_if_stats}: for each interface {@code net_io_counters} lists, MTU
   * and flags ({@code SIOCGIFMTU}, {@code SIOCGIFFLAGS}) and media ({@code SIOCGIFMEDIA}, unknown
   * when the driver has none, e.g. {@code lo0}); an interface gone meanwhile is left out.
   */
  @Override
  public Map<String, NicStats> ifStats() {
    Map<String, NicStats> out = new LinkedHashMap<>();
    for (String name : ioCounters().keySet()) {
      Optional<ByteBuffer> mtu =
          sysctls.interfaceIoctl(
              "SIOCGIFMTU " + name,
              IfRequests.SIOCGIFMTU,
              IfRequests.request(IfRequests.IFREQ, name));
      Optional<ByteBuffer> flags =
          sysctls.interfaceIoctl(
              "SIOCGIFFLAGS " + name,
              IfRequests.SIOCGIFFLAGS,
              IfRequests.request(IfRequests.IFREQ, name));
      if (mtu.isPresent() && flags.isPresent()) {
        Optional<ByteBuffer> media =
            sysctls.interfaceIoctlIfAnswered(
                IfRequests.SIOCGIFMEDIA, IfRequests.request(IfRequests.IFMEDIAREQ, name));
        out.put(name, IfRequests.stats(mtu.get(), flags.get(), media.orElse(null)));
      }
    }
    return out;
  }
}
