package io.github.jpsutil.windows;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.spi.NetSource;
import io.github.jpsutil.windows.acquire.WindowsCalls;
import io.github.jpsutil.windows.parse.ConnectionTable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Sockets from the IP Helper tables, as psutil's {@code net_connections} on Windows. */
final class WindowsNet implements NetSource {
  /** ws2def.h address families. */
  private static final int AF_INET = 2;

  private static final int AF_INET6 = 23;

  private final WindowsCalls calls;

  WindowsNet(WindowsCalls calls) {
    this.calls = calls;
  }

  /** Every TCP and UDP socket of {@code kind}'s families and types; Windows has no UNIX ones. */
  @Override
  public List<Connection> connections(ConnectionKind kind) {
    return connections(kind, OptionalInt.empty());
  }

  /** The sockets of {@code kind}, of {@code pid} only when given (psutil's {@code _pid}). */
  List<Connection> connections(ConnectionKind kind, OptionalInt pid) {
    List<Connection> out = new ArrayList<>();
    for (ConnectionTable.Kind k : ConnectionTable.KINDS) {
      if (kind.families().contains(k.family()) && kind.types().contains(k.type())) {
        int af = k.family() == AddressFamily.INET ? AF_INET : AF_INET6;
        for (Connection c :
            ConnectionTable.decode(
                k, calls.socketTable(k.type() == SocketType.STREAM, af).bytes())) {
          if (pid.isEmpty() || c.pid().equals(pid)) {
            out.add(c);
          }
        }
      }
    }
    return List.copyOf(out);
  }
}
