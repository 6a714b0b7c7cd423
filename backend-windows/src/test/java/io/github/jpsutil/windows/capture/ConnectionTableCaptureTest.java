package io.github.jpsutil.windows.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.windows.parse.ConnectionTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ConnectionTable} over the tables {@code GetExtendedTcpTable}/{@code GetExtendedUdpTable}
 * returned under Wine, compared with the sockets the probe opened itself ({@code net.txt}: a TCP
 * listener and a UDP socket on 127.0.0.1 at ports {@code getsockname} reported).
 */
class ConnectionTableCaptureTest {
  private static List<Connection> decode(
      CaptureDirectory capture, ConnectionTable.Kind kind, String file) {
    CaptureDirectory.Entry e = capture.entry(file);
    assertThat(e.rc()).as("%s returned NO_ERROR", file).isZero();
    List<Connection> rows = ConnectionTable.decode(kind, capture.raw(file));
    assertThat(rows)
        .as("%s holds dwNumEntries whole rows", file)
        .hasSize((e.bytes() - 4) / kind.row().size());
    return rows;
  }

  /**
   * The probe's listener is in the TCP table as LISTEN with no remote end. Its owning pid is the
   * probe's, or 0: Wine 8 writes 0 into every row's dwOwningPid (probe README), which no decoder
   * can correct.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void theProbesListenerIsInTheTcpTable(CaptureDirectory capture) {
    Map<String, String> net = capture.keyValues("net.txt");
    Endpoint.Inet listener = endpoint(net.get("tcp_listen"));
    List<Connection> tcp =
        decode(capture, ConnectionTable.TCP4, "GetExtendedTcpTable-AF_INET-OWNER_PID_ALL.bin");
    List<Connection> mine =
        tcp.stream().filter(c -> c.laddr().equals(Optional.of(listener))).toList();
    assertThat(mine).hasSize(1);
    Connection c = mine.get(0);
    assertThat(c.status()).isEqualTo(ConnectionStatus.LISTEN);
    assertThat(c.raddr()).isEmpty();
    assertThat(c.fd()).isEmpty();
    assertThat(c.pid().getAsInt()).isIn(0, Integer.parseInt(net.get("pid")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void theProbesUdpSocketIsInTheUdpTable(CaptureDirectory capture) {
    Map<String, String> net = capture.keyValues("net.txt");
    Endpoint.Inet bound = endpoint(net.get("udp_bound"));
    List<Connection> udp =
        decode(capture, ConnectionTable.UDP4, "GetExtendedUdpTable-AF_INET-OWNER_PID.bin");
    List<Connection> mine = udp.stream().filter(c -> c.laddr().equals(Optional.of(bound))).toList();
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).status()).isEqualTo(ConnectionStatus.NONE);
    assertThat(mine.get(0).raddr()).isEmpty();
  }

  /** The IPv6 tables decode too (Wine 8 lists no IPv6 socket: 0 rows, probe README). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.jpsutil.windows.capture.CaptureDirectory#all")
  void theIpv6TablesDecode(CaptureDirectory capture) {
    decode(capture, ConnectionTable.TCP6, "GetExtendedTcpTable-AF_INET6-OWNER_PID_ALL.bin");
    decode(capture, ConnectionTable.UDP6, "GetExtendedUdpTable-AF_INET6-OWNER_PID.bin");
  }

  private static Endpoint.Inet endpoint(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    return new Endpoint.Inet(
        hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
  }
}
