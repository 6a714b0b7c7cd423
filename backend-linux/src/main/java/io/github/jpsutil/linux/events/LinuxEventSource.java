package io.github.jpsutil.linux.events;

import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.acquire.ProcConnectorSocket;
import io.github.jpsutil.spi.EventMonitor;
import io.github.jpsutil.spi.EventSink;
import io.github.jpsutil.spi.EventSource;
import java.time.Duration;

/**
 * Linux's process events: the netlink process connector ({@link ConnectorMonitor}) for root or a
 * holder of {@code CAP_NET_ADMIN}, and for everyone the {@code /proc} rescan with pidfds ({@link
 * ScanMonitor}).
 */
public final class LinuxEventSource implements EventSource {
  private final LinuxFiles files;

  public LinuxEventSource(LinuxFiles files) {
    this.files = files;
  }

  @Override
  public boolean connectorPermitted() {
    return ProcConnectorSocket.permitted();
  }

  @Override
  public EventMonitor openConnector(EventSink sink) {
    return new ConnectorMonitor(new ProcessFacts(files), sink);
  }

  @Override
  public EventMonitor openScan(Duration interval, EventSink sink) {
    return new ScanMonitor(files, new ProcessFacts(files), interval, sink);
  }
}
