package io.github.jpsutil.sunos;

import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicDuplex;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.spi.NetSource;
import io.github.jpsutil.sunos.acquire.Kstats;
import io.github.jpsutil.sunos.acquire.MibConnections;
import io.github.jpsutil.sunos.acquire.NetInterfaces;
import io.github.jpsutil.sunos.parse.KstatHeader;
import io.github.jpsutil.sunos.parse.Lifreq;
import io.github.jpsutil.sunos.parse.Sockaddr;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/**
 * Network interfaces as psutil's {@code arch/sunos/net.c}: the named kstats of class {@code net}
 * whose name {@code SIOCGLIFFLAGS} accepts (an IP interface), and {@code getifaddrs}.
 *
 * <p>Where a name has several {@code net} kstats (the driver's, e.g. {@code e1000g:0:e1000g0}, and
 * GLDv3's {@code link:0:e1000g0}) psutil keeps whichever its dict saw last; here the {@code link}
 * one wins, whose counters are the datalink's own.
 */
record SunOsNetwork(Kstats kstats, NetInterfaces net, MibConnections mib) implements NetSource {

  /**
   * psutil {@code net_connections}: the MIB-II TCP and UDP tables, IPv4 and IPv6, with the creating
   * process as pid and no fd. UNIX sockets are not in those tables (psutil lists a process's UNIX
   * sockets by running pfiles(1), which jpsutil never starts), so kind ALL gives the inet ones.
   *
   * @throws IllegalArgumentException for kind UNIX
   */
  @Override
  public List<Connection> connections(ConnectionKind kind) {
    return select(mib.all(), kind, OptionalInt.empty());
  }

  /**
   * The rows of {@code kind}'s families and types, of {@code pid} only when given, deduplicated.
   */
  static List<Connection> select(List<Connection> rows, ConnectionKind kind, OptionalInt pid) {
    if (kind == ConnectionKind.UNIX) {
      throw new IllegalArgumentException(
          "kind unix is not available on SunOS: the MIB-II tables hold TCP and UDP only, and"
              + " psutil's pfiles(1) route starts a program, which jpsutil never does");
    }
    return rows.stream()
        .filter(c -> kind.families().contains(c.family()) && kind.types().contains(c.type()))
        .filter(c -> pid.isEmpty() || c.pid().equals(pid))
        .distinct()
        .toList();
  }

  /**
   * psutil {@code net_io_counters}: {@code obytes}, {@code rbytes}, {@code opackets}, {@code
   * ipackets}, {@code ierrors}, {@code oerrors}; module {@code lo} skipped (it lacks them). Where
   * the 64-bit twin ({@code rbytes64} …) exists it is read instead, so the counters do not wrap at
   * 2^32 as psutil's 32-bit ones do. SunOS has no drop counters here: dropin and dropout are 0, as
   * psutil.
   */
  @Override
  public Map<String, NetIoCounters> ioCounters() {
    return perInterface(
        false,
        (s, flags) ->
            new NetIoCounters(
                counter(s, "obytes"),
                counter(s, "rbytes"),
                counter(s, "opackets"),
                counter(s, "ipackets"),
                s.named("ierrors"),
                s.named("oerrors"),
                0,
                0));
  }

  /**
   * psutil {@code net_if_stats}: up when {@code IFF_UP} is set and the kstat's {@code link_up} (if
   * any) is nonzero; {@code link_duplex} 1 half, 2 full, else unknown; speed from {@code ifspeed}
   * in bit/s (psutil truncates it to a C int before dividing, which breaks at 10 Gbit/s; here it is
   * divided as a 64-bit value), empty when absent or 0; MTU from {@code SIOCGLIFMTU}.
   */
  @Override
  public Map<String, NicStats> ifStats() {
    return perInterface(
        true,
        (s, flags) -> {
          OptionalLong linkUp = s.optional("link_up");
          boolean up =
              (flags & Lifreq.IFF_UP) != 0 && (linkUp.isEmpty() || linkUp.getAsLong() != 0);
          long duplex = s.optional("link_duplex").orElse(0);
          long bits = s.optional("ifspeed").orElse(0);
          OptionalInt speed =
              bits / 1_000_000 > 0
                  ? OptionalInt.of(Math.toIntExact(bits / 1_000_000))
                  : OptionalInt.empty();
          return new NicStats(
              up,
              duplex == 1 ? NicDuplex.HALF : duplex == 2 ? NicDuplex.FULL : NicDuplex.UNKNOWN,
              speed,
              net.mtu(s.header().name()),
              List.of());
        });
  }

  /** psutil {@code net_if_addrs} through {@code getifaddrs(3SOCKET)}: IPv4 and IPv6 only. */
  @Override
  public Map<String, List<NicAddress>> ifAddrs() {
    return Sockaddr.ifAddrs(net.ifaddrs());
  }

  private <T> Map<String, T> perInterface(
      boolean withLoopback, BiFunction<Kstats.Snapshot, Long, T> map) {
    Map<String, Long> flags = new HashMap<>();
    Map<String, Kstats.Snapshot> chosen = new LinkedHashMap<>();
    for (Kstats.Snapshot s :
        kstats.select(
            h ->
                h.ksClass().equals("net")
                    && h.type() == KstatHeader.TYPE_NAMED
                    && (withLoopback || !h.module().equals("lo"))
                    && isInterface(h.name(), flags))) {
      Kstats.Snapshot old = chosen.get(s.header().name());
      if (old == null || s.header().module().equals("link")) {
        chosen.put(s.header().name(), s);
      }
    }
    Map<String, T> out = new LinkedHashMap<>();
    chosen.forEach((name, s) -> out.put(name, map.apply(s, flags.get(name))));
    return Collections.unmodifiableMap(out);
  }

  /** Whether {@code SIOCGLIFFLAGS} accepts {@code name}; its flags kept in {@code flags}. */
  private boolean isInterface(String name, Map<String, Long> flags) {
    if (!flags.containsKey(name)) {
      OptionalLong f = net.flags(name);
      if (f.isEmpty()) {
        return false;
      }
      flags.put(name, f.getAsLong());
    }
    return true;
  }

  /** The 64-bit counter {@code name64} where the kstat has it, else {@code name}. */
  private static long counter(Kstats.Snapshot s, String name) {
    OptionalLong wide = s.optional(name + "64");
    return wide.isPresent() ? wide.getAsLong() : s.named(name);
  }
}
