package io.github.jpsutil.spi;

import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicStats;
import java.util.List;
import java.util.Map;

/** Network interfaces and sockets. */
public interface NetSource {
  /** {@return raw cumulative counters per interface} */
  default Map<String, NetIoCounters> ioCounters() {
    throw Unsupported.of(this, "net_io_counters");
  }

  /**
   * Every socket of the kind, system-wide (psutil's {@code net_connections(kind)}).
   *
   * @param kind which address families and socket types to list
   * @return one entry per socket, with the owning pid and fd where visible
   */
  default List<Connection> connections(ConnectionKind kind) {
    throw Unsupported.of(this, "net_connections");
  }

  /** {@return addresses per interface, each list sorted by family} */
  default Map<String, List<NicAddress>> ifAddrs() {
    throw Unsupported.of(this, "net_if_addrs");
  }

  /** {@return each interface's state by interface name (psutil's {@code net_if_stats()})} */
  default Map<String, NicStats> ifStats() {
    throw Unsupported.of(this, "net_if_stats");
  }
}
