package io.github.jpsutil.freebsd.parse;

import static io.github.jpsutil.freebsd.layout.TableStructs.concat;
import static io.github.jpsutil.freebsd.layout.TableStructs.kinfoFile;
import static io.github.jpsutil.freebsd.layout.TableStructs.kinfoFileSocket;
import static io.github.jpsutil.freebsd.layout.TableStructs.le;
import static io.github.jpsutil.freebsd.layout.TableStructs.pcblist;
import static io.github.jpsutil.freebsd.layout.TableStructs.sockaddrIn;
import static io.github.jpsutil.freebsd.layout.TableStructs.sockaddrIn6;
import static io.github.jpsutil.freebsd.layout.TableStructs.xtcpcb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.SocketType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Process.net_connections from a {@code KERN_PROC_FILEDESC} table and {@code net.inet.tcp.pcblist},
 * both laid out by the cited table; numbers from FreeBSD's {@code sys/socket.h} (AF_INET 2,
 * AF_INET6 28, AF_UNIX 1, SOCK_STREAM 1, SOCK_DGRAM 2), {@code netinet/in.h} (IPPROTO_TCP 6,
 * IPPROTO_UDP 17) and {@code netinet/tcp_fsm.h} (TCPS_LISTEN 1, TCPS_ESTABLISHED 4).
 */
class ProcSocketsTest {
  private static final byte[] V6_LOOPBACK =
      HexFormat.of().parseHex("00000000000000000000000000000001");

  private static ByteBuffer port(ByteBuffer sa, int port) {
    return sa.put(2, (byte) (port >> 8)).put(3, (byte) port);
  }

  /** A {@code sockaddr_un}: sun_len, AF_UNIX, the path. */
  private static ByteBuffer sun(String path) {
    byte[] p = path.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = le(106).put(0, (byte) (2 + p.length)).put(1, (byte) 1);
    return b.put(2, p);
  }

  private static final ByteBuffer FILES =
      concat(
          kinfoFile(-1, 1, 2, "/home/u"),
          kinfoFileSocket(
              3, 2, 1, 6, port(sockaddrIn(10, 0, 0, 2), 22), port(sockaddrIn(10, 0, 0, 9), 50000)),
          kinfoFileSocket(4, 2, 1, 6, port(sockaddrIn(0, 0, 0, 0), 80), sockaddrIn(0, 0, 0, 0)),
          kinfoFileSocket(
              5, 28, 1, 6, port(sockaddrIn6(V6_LOOPBACK, 0), 8080), sockaddrIn6(new byte[16], 0)),
          kinfoFileSocket(6, 2, 2, 17, port(sockaddrIn(0, 0, 0, 0), 53), sockaddrIn(0, 0, 0, 0)),
          kinfoFileSocket(7, 1, 1, 0, sun("/var/run/log"), sun("")));

  /** The established pcb, the listening one, and one for fd 4's port with UDP's protocol. */
  private static final ByteBuffer TCP =
      pcblist(
          xtcpcb(2, 17, 80, new byte[4], 0, new byte[4], 10),
          xtcpcb(2, 6, 22, new byte[] {10, 0, 0, 2}, 50000, new byte[] {10, 0, 0, 9}, 4),
          xtcpcb(2, 6, 80, new byte[4], 0, new byte[4], 1));

  private static List<Connection> connections(ConnectionKind kind, AtomicInteger tcpReads) {
    return ProcSockets.connections(
        KinfoFile.decodeAll(FILES),
        kind,
        () -> {
          tcpReads.incrementAndGet();
          return TcpPcbList.decode(TCP);
        });
  }

  private static Connection inet(
      int fd, AddressFamily f, SocketType t, Endpoint l, Endpoint r, ConnectionStatus s) {
    return new Connection(
        OptionalInt.of(fd), f, t, Optional.of(l), Optional.ofNullable(r), s, OptionalInt.empty());
  }

  @Test
  void allListsEverySocketWithItsTcpState() {
    AtomicInteger reads = new AtomicInteger();
    assertThat(connections(ConnectionKind.ALL, reads))
        .containsExactly(
            inet(
                3,
                AddressFamily.INET,
                SocketType.STREAM,
                new Endpoint.Inet("10.0.0.2", 22),
                new Endpoint.Inet("10.0.0.9", 50000),
                ConnectionStatus.ESTABLISHED),
            // the first pcb on port 80 has UDP's protocol: not this socket's
            inet(
                4,
                AddressFamily.INET,
                SocketType.STREAM,
                new Endpoint.Inet("0.0.0.0", 80),
                null,
                ConnectionStatus.LISTEN),
            inet(
                5,
                AddressFamily.INET6,
                SocketType.STREAM,
                new Endpoint.Inet("::1", 8080),
                null,
                ConnectionStatus.NONE),
            inet(
                6,
                AddressFamily.INET,
                SocketType.DGRAM,
                new Endpoint.Inet("0.0.0.0", 53),
                null,
                ConnectionStatus.NONE),
            inet(
                7,
                AddressFamily.UNIX,
                SocketType.STREAM,
                new Endpoint.Unix("/var/run/log"),
                new Endpoint.Unix(""),
                ConnectionStatus.NONE));
    assertThat(reads).hasValue(1);
  }

  @Test
  void theKindFiltersAndTcpStatesAreReadOnlyForTcp() {
    AtomicInteger reads = new AtomicInteger();
    assertThat(connections(ConnectionKind.UDP, reads))
        .extracting(c -> c.fd().getAsInt())
        .containsExactly(6);
    assertThat(connections(ConnectionKind.UNIX, reads))
        .extracting(c -> c.fd().getAsInt())
        .containsExactly(7);
    assertThat(reads).hasValue(0);
    assertThat(connections(ConnectionKind.TCP6, reads))
        .extracting(c -> c.fd().getAsInt())
        .containsExactly(5);
    assertThat(connections(ConnectionKind.INET4, reads))
        .extracting(c -> c.fd().getAsInt())
        .containsExactly(3, 4, 6);
  }

  @Test
  void aPcbListWithoutItsTrailerOrWithAShortRecordIsMalformed() {
    ByteBuffer full = pcblist(xtcpcb(2, 6, 22, new byte[4], 0, new byte[4], 4));
    assertThat(TcpPcbList.decode(full)).hasSize(1);
    ByteBuffer cut = full.slice(0, full.limit() - 64).order(full.order());
    assertThatThrownBy(() -> TcpPcbList.decode(cut))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("without its trailer");
    ByteBuffer shortRecord = concat(full).putLong(64, 100);
    assertThatThrownBy(() -> TcpPcbList.decode(shortRecord))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("less than struct xtcpcb");
  }
}
