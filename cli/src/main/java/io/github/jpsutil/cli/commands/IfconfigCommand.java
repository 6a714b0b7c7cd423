package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicDuplex;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.JsonRecords;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code jpsutil ifconfig}: each network interface with its state, traffic and addresses, after
 * psutil's {@code scripts/ifconfig.py}. JSON: {@code {"net_if_addrs": …, "net_if_stats": …,
 * "net_io_counters_pernic": …}}.
 */
final class IfconfigCommand implements Command {
  @Override
  public String name() {
    return "ifconfig";
  }

  @Override
  public String summary() {
    return "network interfaces: state, traffic and addresses";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    Psutil p = inv.psutil();
    Probe<Map<String, List<NicAddress>>> addrs = Probe.of("net_if_addrs", p::netIfAddrs);
    Probe<Map<String, NicStats>> stats = Probe.of("net_if_stats", p::netIfStats);
    Probe<Map<String, NetIoCounters>> io = Probe.of("net_io_counters", () -> p.perNicIoCounters());
    if (inv.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("net_if_addrs", addrs.mapOrNull(a -> JsonRecords.map(a, IfconfigCommand::addrList)));
      m.put("net_if_stats", stats.mapOrNull(s -> JsonRecords.map(s, JsonRecords::nicStats)));
      m.put("net_io_counters_pernic", io.mapOrNull(c -> JsonRecords.map(c, NetIoCounters::asMap)));
      inv.printJson(m);
    } else {
      inv.out().print(render(addrs, stats, io));
    }
    return 0;
  }

  private static List<Object> addrList(List<NicAddress> list) {
    return JsonRecords.list(list, JsonRecords::nicAddress);
  }

  /** Interfaces in net_if_addrs order, then any only the other functions know. */
  static String render(
      Probe<Map<String, List<NicAddress>>> addrs,
      Probe<Map<String, NicStats>> stats,
      Probe<Map<String, NetIoCounters>> io) {
    StringBuilder sb = new StringBuilder();
    Set<String> names = new LinkedHashSet<>();
    for (Probe<? extends Map<String, ?>> probe : List.of(addrs, stats, io)) {
      if (probe.isAvailable()) {
        names.addAll(probe.value().keySet());
      } else {
        sb.append(probe.notAvailableLine()).append('\n');
      }
    }
    if (sb.length() > 0 && !names.isEmpty()) {
      sb.append('\n');
    }
    for (String nic : names) {
      sb.append(nic).append(":\n");
      NicStats st = stats.isAvailable() ? stats.value().get(nic) : null;
      if (st != null) {
        sb.append("    stats          : ")
            .append("speed=")
            .append(st.speed().isPresent() ? st.speed().getAsInt() + "MB" : "?")
            .append(", duplex=")
            .append(duplex(st.duplex()))
            .append(", mtu=")
            .append(st.mtu())
            .append(", up=")
            .append(st.isUp() ? "yes" : "no")
            .append('\n');
      }
      NetIoCounters c = io.isAvailable() ? io.value().get(nic) : null;
      if (c != null) {
        traffic(sb, "incoming", c.bytesRecv(), c.packetsRecv(), c.errin(), c.dropin());
        traffic(sb, "outgoing", c.bytesSent(), c.packetsSent(), c.errout(), c.dropout());
      }
      List<NicAddress> list = addrs.isAvailable() ? addrs.value().get(nic) : null;
      if (list != null) {
        for (NicAddress a : list) {
          address(sb, a);
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static void traffic(
      StringBuilder sb, String direction, long bytes, long packets, long errors, long drops) {
    sb.append("    ")
        .append(direction)
        .append("       : bytes=")
        .append(Psutil.bytes2human(bytes))
        .append(", pkts=")
        .append(packets)
        .append(", errs=")
        .append(errors)
        .append(", drops=")
        .append(drops)
        .append('\n');
  }

  private static void address(StringBuilder sb, NicAddress a) {
    if (a.family() == AddressFamily.UNSPEC) {
      return; // psutil 8's placeholder for an interface without addresses: nothing to show
    }
    String label = family(a.family());
    sb.append("    ").append(label).append(" ".repeat(Math.max(0, 4 - label.length())));
    sb.append(" address   : ").append(a.address().orElse("")).append('\n');
    a.broadcast().ifPresent(b -> sb.append("         broadcast : ").append(b).append('\n'));
    a.netmask().ifPresent(n -> sb.append("         netmask   : ").append(n).append('\n'));
    a.ptp().ifPresent(p -> sb.append("         p2p       : ").append(p).append('\n'));
  }

  static String family(AddressFamily f) {
    return switch (f) {
      case INET -> "IPv4";
      case INET6 -> "IPv6";
      case LINK -> "MAC";
      case UNIX -> "UNIX";
      case UNSPEC -> "?";
    };
  }

  static String duplex(NicDuplex d) {
    return switch (d) {
      case FULL -> "full";
      case HALF -> "half";
      case UNKNOWN -> "?";
    };
  }
}
