package io.github.jpsutil.linux;

import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.acquire.NetDevices;
import io.github.jpsutil.linux.parse.EthtoolCmd;
import io.github.jpsutil.linux.parse.IfFlags;
import io.github.jpsutil.linux.parse.NetDev;
import io.github.jpsutil.linux.parse.NicAddresses;
import io.github.jpsutil.spi.NetSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Network interfaces and sockets on Linux (psutil/_pslinux.py {@code net_*}): counters from {@code
 * /proc/net/dev}, sockets from {@code /proc/net/{tcp,tcp6,udp,udp6,unix}} and {@code
 * /proc/<pid>/fd}, addresses from {@code getifaddrs(3)}, interface state from ioctls.
 */
final class LinuxNet implements NetSource {
  private final LinuxFiles files;

  /** Made on first use: a process scan needs this class, not the socket tables. */
  private volatile LinuxConnections connections;

  LinuxNet(LinuxFiles files) {
    this.files = files;
  }

  private LinuxConnections connections() {
    LinuxConnections c = connections;
    if (c == null) {
      synchronized (this) {
        c = connections;
        if (c == null) {
          c = new LinuxConnections(files);
          connections = c;
        }
      }
    }
    return c;
  }

  /** Raw cumulative counters per interface, in {@code /proc/net/dev} order; bytes and packets. */
  @Override
  public Map<String, NetIoCounters> ioCounters() {
    return NetDev.parse(files.readText(files.proc("net", "dev")));
  }

  @Override
  public List<Connection> connections(ConnectionKind kind) {
    return connections().all(kind);
  }

  /**
   * The addresses of each interface, from {@code getifaddrs(3)}, which always answers for the
   * network namespace of this process whatever procfs root is configured.
   */
  @Override
  public Map<String, List<NicAddress>> ifAddrs() {
    return NicAddresses.build(NetDevices.addresses(), NetDevices::zoneName);
  }

  /**
   * The state of each interface named in {@code /proc/net/dev}: flags and MTU from {@code
   * SIOCGIFFLAGS}/{@code SIOCGIFMTU}, duplex and speed from {@code SIOCETHTOOL} (unknown without
   * driver support). An interface that disappears meanwhile (ENODEV) is left out, as psutil does
   * (gh-1279).
   */
  @Override
  public Map<String, NicStats> ifStats() {
    Map<String, NicStats> result = new LinkedHashMap<>();
    try (NetDevices devices = new NetDevices()) {
      for (String name : ioCounters().keySet()) {
        NetDevices.Device d = devices.device(name);
        if (d != null) {
          List<String> flags = IfFlags.names(d.flags());
          EthtoolCmd link =
              d.ethtool() == null ? EthtoolCmd.UNKNOWN : EthtoolCmd.decode(d.ethtool());
          result.put(
              name,
              new NicStats(flags.contains("running"), link.duplex(), link.speed(), d.mtu(), flags));
        }
      }
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * The sockets of one process, for {@code Process.net_connections(kind)}: the process's {@code
   * /proc/<pid>/fd} links matched with the socket tables; each result carries {@code pid}.
   *
   * @throws io.github.jpsutil.api.NoSuchProcess if the process is gone
   * @throws io.github.jpsutil.api.AccessDenied if its fd directory may not be read
   */
  List<Connection> connectionsOf(int pid, ConnectionKind kind) {
    return connections().of(pid, kind);
  }
}
