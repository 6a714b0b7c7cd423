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
  /** Raw cumulative counters per interface. */
  default Map<String, NetIoCounters> ioCounters() {
    throw Unsupported.of(this, "net_io_counters");
  }

  /** Every socket of the kind, system-wide, with owning pid and fd where visible. */
  default List<Connection> connections(ConnectionKind kind) {
    throw Unsupported.of(this, "net_connections");
  }

  /** Addresses per interface, each list sorted by family. */
  default Map<String, List<NicAddress>> ifAddrs() {
    throw Unsupported.of(this, "net_if_addrs");
  }

  default Map<String, NicStats> ifStats() {
    throw Unsupported.of(this, "net_if_stats");
  }
}
