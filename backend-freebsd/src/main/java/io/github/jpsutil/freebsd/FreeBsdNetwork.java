package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.parse.IfMsghdr;
import io.github.jpsutil.spi.NetSource;
import java.util.Map;

/** Per-interface counters from the routing socket's interface list ({@code NET_RT_IFLIST}). */
final class FreeBsdNetwork implements NetSource {
  private final Sysctls sysctls;

  FreeBsdNetwork(Sysctls sysctls) {
    this.sysctls = sysctls;
  }

  @Override
  public Map<String, NetIoCounters> ioCounters() {
    return IfMsghdr.ioCounters(sysctls.interfaceList());
  }
}
