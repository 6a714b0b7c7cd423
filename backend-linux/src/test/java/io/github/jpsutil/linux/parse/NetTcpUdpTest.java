package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.SocketType;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lines in the layout of Linux 6.x, as read on a little-endian host unless a test says so. */
class NetTcpUdpTest {
  private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

  private static final String TCP =
      """
        sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
         0: 00000000:07E8 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 54 1 000000003bfb154b 100 0 0 10 0
         1: 0100007F:1F90 0100007F:A2C4 01 00000000:00000000 00:00000000 00000000  1000        0 12345 1 0000000000000000 20 4 30 10 -1
         2: 0202000A:D431 08080808:01BB 06 00000000:00000000 03:00001F3A 00000000     0        0 0 3 0000000000000000
         3: 0100007F:0016 0100007F:9C40 0C 00000000:00000000 00:00000000 00000000     0        0 777 1 0000000000000000
      """;

  private static final String TCP6 =
      """
        sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
         0: 00000000000000000000000001000000:0016 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 100 1 0000000000000000 100 0 0 10 0
         1: 0000000000000000FFFF00000100007F:9E49 0000000000000000FFFF00000100007F:0050 01 00000000:00000000 00:00000000 00000000  1000        0 101 1 0000000000000000 20 4 30 10 -1
         2: 000080FE000000000000000001000000:1F90 B80D0120000000000000000001000000:C350 08 00000000:00000000 00:00000000 00000000     0        0 102 1 0000000000000000
         3: 00000000000000000000000000000000:0050 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 103 1 0000000000000000
      """;

  private static final String UDP =
      """
         sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
        1234: 3500007F:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000   101        0 2345 2 0000000000000000 0
        1235: 0100007F:E1D2 0100007F:0035 01 00000000:00000000 00:00000000 00000000  1000        0 2346 2 0000000000000000 0
        1236: 00000000:0000 00000000:0000 07 00000000:00000000 00:00000000 00000000  1000        0 2347 2 0000000000000000 0
      """;

  private static final String UDP6 =
      """
         sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
        5000: 00000000000000000000000001000000:14E9 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 3000 2 0000000000000000 0
      """;

  private static List<SocketRow> tcp(String text) {
    return NetTcpUdp.parse(
        text, "/proc/net/tcp", AddressFamily.INET, SocketType.STREAM, LE, inode -> true);
  }

  private static Optional<Endpoint> inet(String ip, int port) {
    return Optional.of(new Endpoint.Inet(ip, port));
  }

  @Test
  void tcp4AddressesPortsStatesAndInodes() {
    List<SocketRow> rows = tcp(TCP);
    assertThat(rows)
        .containsExactly(
            new SocketRow(
                54,
                AddressFamily.INET,
                SocketType.STREAM,
                inet("0.0.0.0", 2024),
                Optional.empty(),
                ConnectionStatus.LISTEN),
            new SocketRow(
                12345,
                AddressFamily.INET,
                SocketType.STREAM,
                inet("127.0.0.1", 8080),
                inet("127.0.0.1", 41668),
                ConnectionStatus.ESTABLISHED),
            new SocketRow(
                0,
                AddressFamily.INET,
                SocketType.STREAM,
                inet("10.0.2.2", 54321),
                inet("8.8.8.8", 443),
                ConnectionStatus.TIME_WAIT),
            // 0x0C (TCP_NEW_SYN_RECV) is not in psutil's table: NONE (psutil/_pslinux.py
            // TCP_STATUSES)
            new SocketRow(
                777,
                AddressFamily.INET,
                SocketType.STREAM,
                inet("127.0.0.1", 22),
                inet("127.0.0.1", 40000),
                ConnectionStatus.NONE));
  }

  @Test
  void tcp6WordsAreByteSwappedAndPrintedLikeInetNtop() {
    List<SocketRow> rows =
        NetTcpUdp.parse(
            TCP6, "/proc/net/tcp6", AddressFamily.INET6, SocketType.STREAM, LE, inode -> true);
    assertThat(rows).extracting(SocketRow::family).containsOnly(AddressFamily.INET6);
    assertThat(rows)
        .extracting(SocketRow::laddr, SocketRow::raddr, SocketRow::status)
        .containsExactly(
            tuple(inet("::1", 22), Optional.empty(), ConnectionStatus.LISTEN),
            // IPv4-mapped: a dual-stack socket talking IPv4 (psutil's docstring example)
            tuple(
                inet("::ffff:127.0.0.1", 40521),
                inet("::ffff:127.0.0.1", 80),
                ConnectionStatus.ESTABLISHED),
            tuple(inet("fe80::1", 8080), inet("2001:db8::1", 50000), ConnectionStatus.CLOSE_WAIT),
            tuple(inet("::", 80), Optional.empty(), ConnectionStatus.LISTEN));
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  @Test
  void udpStatusIsAlwaysNoneAndPortZeroMeansNoAddress() {
    List<SocketRow> rows =
        NetTcpUdp.parse(
            UDP, "/proc/net/udp", AddressFamily.INET, SocketType.DGRAM, LE, inode -> true);
    assertThat(rows)
        .extracting(SocketRow::inode, SocketRow::laddr, SocketRow::raddr, SocketRow::status)
        .containsExactly(
            tuple(2345L, inet("127.0.0.53", 53), Optional.empty(), ConnectionStatus.NONE),
            tuple(2346L, inet("127.0.0.1", 57810), inet("127.0.0.1", 53), ConnectionStatus.NONE),
            tuple(2347L, Optional.empty(), Optional.empty(), ConnectionStatus.NONE));
    assertThat(rows).extracting(SocketRow::type).containsOnly(SocketType.DGRAM);
  }

  @Test
  void udp6() {
    List<SocketRow> rows =
        NetTcpUdp.parse(
            UDP6, "/proc/net/udp6", AddressFamily.INET6, SocketType.DGRAM, LE, inode -> true);
    assertThat(rows)
        .containsExactly(
            new SocketRow(
                3000,
                AddressFamily.INET6,
                SocketType.DGRAM,
                inet("::1", 5353),
                Optional.empty(),
                ConnectionStatus.NONE));
  }

  @Test
  void bigEndianHostPrintsNetworkOrder() {
    String text =
        "header\n   0: 7F000001:1F90 C0000201:0050 01 00000000:00000000 00:00000000 00000000 0 0 9\n";
    assertThat(
            NetTcpUdp.parse(
                text,
                "/proc/net/tcp",
                AddressFamily.INET,
                SocketType.STREAM,
                ByteOrder.BIG_ENDIAN,
                inode -> true))
        .extracting(SocketRow::laddr, SocketRow::raddr)
        .containsExactly(tuple(inet("127.0.0.1", 8080), inet("192.0.2.1", 80)));
  }

  @Test
  void unwantedInodesAreSkipped() {
    assertThat(
            NetTcpUdp.parse(
                TCP,
                "/proc/net/tcp",
                AddressFamily.INET,
                SocketType.STREAM,
                LE,
                inode -> inode == 12345))
        .extracting(SocketRow::inode)
        .containsExactly(12345L);
  }

  @Test
  void headerOnlyAndBlankLinesGiveNothing() {
    assertThat(tcp(TCP.lines().findFirst().orElseThrow() + "\n\n")).isEmpty();
    assertThat(tcp("")).isEmpty();
  }

  @Test
  void malformedLinesAreErrorsNamingFileAndLine() {
    String head = "header\n";
    assertThatThrownBy(() -> tcp(head + "   0: 0100007F:1F90 0100007F:A2C4 01 0:0 00:0 0 0 0\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/proc/net/tcp")
        .hasMessageContaining("missing field 'inode'")
        .hasMessageContaining("0100007F:1F90");
    assertThatThrownBy(() -> tcp(head + "   0: 0100007F:1F90 0100007F:A2C4 ZZ 0:0 00:0 0 0 0 5\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("'st'");
    assertThatThrownBy(() -> tcp(head + "   0: 100007F:1F90 0100007F:A2C4 01 0:0 00:0 0 0 0 5\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("100007F:1F90");
    assertThatThrownBy(() -> tcp(head + "   0: 0100007G:1F90 0100007F:A2C4 01 0:0 00:0 0 0 0 5\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("not hexadecimal");
    assertThatThrownBy(() -> tcp(head + "   0: 0100007F:1F90 0100007F:A2C4 01 0:0 00:0 0 0 0 x5\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("'inode'");
  }

  @Test
  void wrongFamilyOrTypeIsAnArgumentError() {
    assertThatThrownBy(
            () ->
                NetTcpUdp.parse(TCP, "f", AddressFamily.UNIX, SocketType.STREAM, LE, inode -> true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                NetTcpUdp.parse(
                    TCP, "f", AddressFamily.INET, SocketType.SEQPACKET, LE, inode -> true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
