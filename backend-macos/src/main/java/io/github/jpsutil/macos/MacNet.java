package io.github.jpsutil.macos;

import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.macos.acquire.Sysctls;
import io.github.jpsutil.macos.parse.IfMsghdr2;
import io.github.jpsutil.spi.NetSource;
import java.util.Map;

/** Network interfaces from the routing sysctls. */
final class MacNet implements NetSource {
  private final Sysctls sysctls;

  MacNet(Sysctls sysctls) {
    this.sysctls = sysctls;
  }

  /** psutil {@code net_io_counters(pernic=True)}: {@code NET_RT_IFLIST2}'s {@code if_data64}. */
  @Override
  public Map<String, NetIoCounters> ioCounters() {
    return Map.copyOf(IfMsghdr2.ioCounters(sysctls.interfaceList2()));
  }
}
