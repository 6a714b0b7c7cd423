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
  Map<String, NetIoCounters> ioCounters();

  /** Every socket of the kind, system-wide, with owning pid and fd where visible. */
  List<Connection> connections(ConnectionKind kind);

  /** Addresses per interface, each list sorted by family. */
  Map<String, List<NicAddress>> ifAddrs();

  Map<String, NicStats> ifStats();
}
