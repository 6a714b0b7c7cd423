package io.github.jpsutil.cli.commands;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.UsageException;
import io.github.jpsutil.cli.json.JsonRecords;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code jpsutil netstat [--kind KIND]}: the system's sockets, like {@code netstat -antp}, after
 * psutil's {@code scripts/netstat.py}: protocol, addresses, status, owning pid and program name
 * ({@code -} without a pid, {@code ?} when the owner ended or hides its name). JSON: the list
 * psutil's {@code net_connections(kind)} returns.
 */
final class NetstatCommand implements Command {
  static final OptionSpec KIND =
      new OptionSpec(
          "--kind",
          "-k",
          "KIND",
          "psutil's kind: inet (default), inet4, inet6, tcp, tcp4, tcp6, udp, udp4, udp6, unix,"
              + " all");

  @Override
  public String name() {
    return "netstat";
  }

  @Override
  public String summary() {
    return "sockets with their state and owning pid, like netstat -antp";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(KIND, OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    ConnectionKind kind = kind(inv.value(KIND).orElse("inet"));
    Probe<List<Connection>> conns =
        Probe.of("net_connections", () -> inv.psutil().netConnections(kind));
    if (inv.json()) {
      inv.printJson(conns.mapOrNull(c -> JsonRecords.list(c, JsonRecords::connection)));
    } else if (conns.isAvailable()) {
      inv.out().print(render(conns.value(), programNames(inv)));
    } else {
      inv.out().println(conns.notAvailableLine());
    }
    return 0;
  }

  private static ConnectionKind kind(String text) {
    try {
      return ConnectionKind.fromName(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("netstat: --kind: " + e.getMessage());
    }
  }

  /** pid → name of every process, read once as psutil's script does; empty without process API. */
  private static Map<Integer, String> programNames(Invocation inv) throws InterruptedException {
    Probe<List<ProcessRow>> rows =
        Probe.of(
            "process_iter", () -> ProcessRow.fetch(inv.psutil(), EnumSet.of(ProcessAttr.NAME)));
    Map<Integer, String> names = new HashMap<>();
    if (rows.isAvailable()) {
      for (ProcessRow r : rows.value()) {
        if (r.name() != null) {
          names.put(r.pid(), r.name());
        }
      }
    }
    return names;
  }

  static String render(List<Connection> conns, Map<Integer, String> names) {
    Table table =
        Table.of(
            Column.left("Proto", 5),
            Column.left("Local address", 22),
            Column.left("Remote address", 22),
            Column.left("Status", 13),
            Column.left("PID", 6),
            Column.left("Program name", 0));
    for (Connection c : conns) {
      boolean owned = c.pid().isPresent();
      table.row(
          proto(c.family(), c.type()),
          address(c.laddr()),
          address(c.raddr()),
          c.status().value(),
          owned ? Integer.toString(c.pid().getAsInt()) : null,
          owned ? names.getOrDefault(c.pid().getAsInt(), "?") : null);
    }
    return table.render();
  }

  /** netstat's protocol names; UNIX sockets name their type. */
  static String proto(AddressFamily family, SocketType type) {
    String base =
        switch (family) {
          case INET -> type == SocketType.DGRAM ? "udp" : "tcp";
          case INET6 -> type == SocketType.DGRAM ? "udp6" : "tcp6";
          case UNIX -> "unix";
          default -> family.psutilName();
        };
    if (family == AddressFamily.UNIX && type != SocketType.STREAM) {
      return base + "-" + type.name().toLowerCase(Locale.ROOT);
    }
    return base;
  }

  /**
   * psutil's script prints {@code ip:port} (IPv6 included, unbracketed); an empty address or an
   * unnamed UNIX socket is {@code -}.
   */
  static String address(Optional<Endpoint> endpoint) {
    if (endpoint.isEmpty()) {
      return null;
    }
    Endpoint e = endpoint.get();
    if (e instanceof Endpoint.Inet inet) {
      return inet.ip() + ":" + inet.port();
    }
    String path = ((Endpoint.Unix) e).path();
    return path.isEmpty() ? null : path;
  }
}
