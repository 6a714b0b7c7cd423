package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.spi.NetSource;
import java.util.List;
import java.util.Map;

/** Not built yet: every method throws UnsupportedOperationException. */
final class FreeBsdNet implements NetSource {
  @Override
  public Map<String, NetIoCounters> ioCounters() {
    throw NotBuilt.of("net_io_counters");
  }

  @Override
  public List<Connection> connections(ConnectionKind kind) {
    throw NotBuilt.of("net_connections");
  }

  @Override
  public Map<String, List<NicAddress>> ifAddrs() {
    throw NotBuilt.of("net_if_addrs");
  }

  @Override
  public Map<String, NicStats> ifStats() {
    throw NotBuilt.of("net_if_stats");
  }
}
