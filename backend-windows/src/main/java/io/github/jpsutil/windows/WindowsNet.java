package io.github.jpsutil.windows;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.spi.NetSource;
import io.github.jpsutil.windows.acquire.Reply;
import io.github.jpsutil.windows.acquire.WindowsCalls;
import io.github.jpsutil.windows.parse.AdapterAddresses;
import io.github.jpsutil.windows.parse.ConnectionTable;
import io.github.jpsutil.windows.parse.InterfaceTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiConsumer;

/**
 * Sockets, adapters and interface counters from the IP Helper API, as psutil's {@code
 * net_connections}, {@code net_if_addrs}, {@code net_if_stats} and {@code net_io_counters} on
 * Windows.
 */
record WindowsNet(WindowsCalls calls) implements NetSource {
  /** ws2def.h address families. */
  private static final int AF_INET = 2;

  private static final int AF_INET6 = 23;

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

  /**
   * psutil's {@code net_io_counters(pernic=True)}: per adapter (friendly name), its MIB_IF_ROW2.
   */
  @Override
  public Map<String, NetIoCounters> ioCounters() {
    Map<String, NetIoCounters> out = new LinkedHashMap<>();
    joined((a, row) -> out.put(a.name(), row.io()));
    return out;
  }

  /** psutil's {@code net_if_stats()}: the adapters GetAdaptersAddresses lists, with their rows. */
  @Override
  public Map<String, NicStats> ifStats() {
    Map<String, NicStats> out = new LinkedHashMap<>();
    joined((a, row) -> out.put(a.name(), row.stats()));
    return out;
  }

  /** psutil's {@code net_if_addrs()}: MAC, then the unicast addresses, per adapter. */
  @Override
  public Map<String, List<NicAddress>> ifAddrs() {
    Map<String, List<NicAddress>> out = new LinkedHashMap<>();
    for (AdapterAddresses.Adapter a : adapters()) {
      out.put(a.name(), a.addresses());
    }
    return out;
  }

  private List<AdapterAddresses.Adapter> adapters() {
    Reply r = calls.adaptersAddresses();
    return AdapterAddresses.decode(r.bytes(), r.address());
  }

  /** Each adapter with its interface row; one psutil skips (GetIfEntry2 failed) has none. */
  private void joined(BiConsumer<AdapterAddresses.Adapter, InterfaceTable.Row> each) {
    List<AdapterAddresses.Adapter> adapters = adapters();
    Map<Integer, InterfaceTable.Row> rows = InterfaceTable.decode(calls.interfaceTable().bytes());
    for (AdapterAddresses.Adapter a : adapters) {
      InterfaceTable.Row row = rows.get(a.ifIndex());
      if (row != null) {
        each.accept(a, row);
      }
    }
  }
}
