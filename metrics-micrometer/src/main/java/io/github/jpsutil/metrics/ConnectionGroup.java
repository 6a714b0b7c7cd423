package io.github.jpsutil.metrics;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.SocketType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code system.network.connections} by {@code protocol} ({@code tcp}, {@code udp}) and {@code
 * state}, counted from one {@code netConnections(INET)} per refresh (IPv4 and IPv6 together).
 *
 * <p>States are the convention's values ({@code established}, {@code syn_received}, {@code
 * fin_wait_1}, …, {@code closed}); a UDP socket has no state and counts as {@code none}. Every TCP
 * state has a series from the start, 0 when no socket is in it, and a state seen later keeps its
 * series: a count of 0 is a true value, not a gap.
 *
 * <p>Costly with many processes: psutil's {@code net_connections} also finds each socket's owner in
 * every process's file descriptors. Leave {@link MetricGroup#CONNECTIONS} out where that matters.
 */
final class ConnectionGroup extends Group<Map<ConnectionGroup.Key, Integer>> {
  /** One series: protocol and state. */
  record Key(String protocol, String state) {}

  private static final List<ConnectionStatus> TCP_STATES =
      List.of(
          ConnectionStatus.ESTABLISHED,
          ConnectionStatus.SYN_SENT,
          ConnectionStatus.SYN_RECV,
          ConnectionStatus.FIN_WAIT1,
          ConnectionStatus.FIN_WAIT2,
          ConnectionStatus.TIME_WAIT,
          ConnectionStatus.CLOSE,
          ConnectionStatus.CLOSE_WAIT,
          ConnectionStatus.LAST_ACK,
          ConnectionStatus.LISTEN,
          ConnectionStatus.CLOSING);

  private final Psutil psutil;
  private final KeyedMeters<Key> series;

  ConnectionGroup(Psutil psutil, MeterSink sink) {
    this.psutil = psutil;
    this.series = new KeyedMeters<>(sink);
  }

  static boolean supported(Psutil p) {
    return p.supports(Feature.NET_CONNECTIONS);
  }

  @Override
  String name() {
    return "connections";
  }

  @Override
  Map<Key, Integer> read(Map<Key, Integer> previous) {
    return count(psutil.netConnections(ConnectionKind.INET));
  }

  /** Sockets per protocol and state. */
  static Map<Key, Integer> count(List<Connection> connections) {
    Map<Key, Integer> counts = new HashMap<>();
    for (Connection c : connections) {
      String protocol = c.type() == SocketType.STREAM ? "tcp" : "udp";
      counts.merge(new Key(protocol, state(c.status())), 1, Integer::sum);
    }
    return counts;
  }

  /** The convention's {@code network.connection.state} value for psutil's status. */
  static String state(ConnectionStatus status) {
    return switch (status) {
      case SYN_RECV -> "syn_received";
      case FIN_WAIT1 -> "fin_wait_1";
      case FIN_WAIT2 -> "fin_wait_2";
      case CLOSE -> "closed";
      case DELETE_TCB -> "delete";
      default -> status.value().toLowerCase(Locale.ROOT);
    };
  }

  @Override
  void sync(Map<Key, Integer> sample) {
    List<Key> keys = new ArrayList<>();
    for (ConnectionStatus s : TCP_STATES) {
      keys.add(new Key("tcp", state(s)));
    }
    keys.add(new Key("udp", "none"));
    keys.addAll(sample.keySet());
    series.addNew(keys, this::define);
  }

  private List<MeterDef> define(Key key) {
    return List.of(
        MeterDef.of(
            Metric.NETWORK_CONNECTIONS,
            () -> value(s -> s.getOrDefault(key, 0)),
            "protocol",
            key.protocol(),
            "state",
            key.state()));
  }
}
