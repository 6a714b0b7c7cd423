package io.github.jpsutil.macos;

import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.macos.acquire.MacNative;
import io.github.jpsutil.macos.acquire.NetInterfaces;
import io.github.jpsutil.macos.acquire.Sysctls;
import io.github.jpsutil.macos.parse.IfAddrs;
import io.github.jpsutil.macos.parse.IfMsghdr2;
import io.github.jpsutil.spi.NetSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Network interfaces from the routing sysctls, getifaddrs and ioctls; sockets from libproc. */
final class MacNet implements NetSource {
  private final MacNative os;
  private final MacProcesses processes;

  MacNet(MacNative os, MacProcesses processes) {
    this.os = os;
    this.processes = processes;
  }

  /** psutil {@code net_io_counters(pernic=True)}: {@code NET_RT_IFLIST2}'s {@code if_data64}. */
  @Override
  public Map<String, NetIoCounters> ioCounters() {
    return Map.copyOf(IfMsghdr2.ioCounters(Sysctls.interfaceList2(os)));
  }

  @Override
  public Map<String, List<NicAddress>> ifAddrs() {
    return IfAddrs.addresses(os.interfaceAddresses());
  }

  /** psutil: the interfaces of {@code net_io_counters}, each asked by name. */
  @Override
  public Map<String, NicStats> ifStats() {
    Map<String, NicStats> out = new LinkedHashMap<>();
    for (String name : IfMsghdr2.ioCounters(Sysctls.interfaceList2(os)).keySet()) {
      NetInterfaces.stats(os, name).ifPresent(s -> out.put(name, s));
    }
    return Map.copyOf(out);
  }

  /**
   * psutil {@code _psosx.net_connections}: every process's sockets, with its pid; a process that
   * ended meanwhile (or is a zombie) is skipped, AccessDenied (any process of another user, unless
   * root) propagates.
   */
  @Override
  public List<Connection> connections(ConnectionKind kind) {
    List<Connection> out = new ArrayList<>();
    for (int pid : processes.pids()) {
      try {
        out.addAll(processes.open(pid).connections(kind, OptionalInt.of(pid)));
      } catch (NoSuchProcess gone) {
        // Ended meanwhile, or a zombie (ZombieProcess is a NoSuchProcess).
      }
    }
    return List.copyOf(out);
  }
}
