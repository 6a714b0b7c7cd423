package io.github.jpsutil.linux;

import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.NetSource;
import java.util.List;
import java.util.Map;

/** Not implemented yet: every method throws UnsupportedOperationException. */
final class LinuxNet implements NetSource {
  LinuxNet(LinuxFiles files) {}

  @Override
  public Map<String, NetIoCounters> ioCounters() {
    throw new UnsupportedOperationException("ioCounters: not implemented yet");
  }

  @Override
  public List<Connection> connections(ConnectionKind kind) {
    throw new UnsupportedOperationException("connections: not implemented yet");
  }

  @Override
  public Map<String, List<NicAddress>> ifAddrs() {
    throw new UnsupportedOperationException("ifAddrs: not implemented yet");
  }

  @Override
  public Map<String, NicStats> ifStats() {
    throw new UnsupportedOperationException("ifStats: not implemented yet");
  }

  /**
   * The sockets of one process, for {@code Process.net_connections(kind)}: the process's {@code
   * /proc/<pid>/fd} links matched with the socket tables; each result carries {@code pid}.
   *
   * @throws io.github.jpsutil.api.NoSuchProcess if the process is gone
   * @throws io.github.jpsutil.api.AccessDenied if its fd directory may not be read
   */
  List<Connection> connectionsOf(int pid, ConnectionKind kind) {
    throw new UnsupportedOperationException("connectionsOf: not implemented yet");
  }
}
