package io.github.jpsutil.freebsd.parse;

import static io.github.jpsutil.freebsd.layout.TableStructs.concat;
import static io.github.jpsutil.freebsd.layout.TableStructs.owned;
import static io.github.jpsutil.freebsd.layout.TableStructs.pcblist;
import static io.github.jpsutil.freebsd.layout.TableStructs.unixPcblist;
import static io.github.jpsutil.freebsd.layout.TableStructs.xfile;
import static io.github.jpsutil.freebsd.layout.TableStructs.xinpcb;
import static io.github.jpsutil.freebsd.layout.TableStructs.xtcpcb;
import static io.github.jpsutil.freebsd.layout.TableStructs.xunpcb;
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
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * System-wide net_connections from {@code kern.file} and the pcblists, laid out by the cited table;
 * numbers from FreeBSD's {@code netinet/in_pcb.h} (INP_IPV4 1, INP_IPV6 2) and {@code
 * netinet/tcp_fsm.h} (TCPS_ESTABLISHED 4, TCPS_LISTEN 1).
 */
class SysSocketsTest {
  private static final int TCP_ADDR = 0x1000;
  private static final int TCP6_ADDR = 0x2000;
  private static final int UDP_ADDR = 0x3000;
  private static final int UNIX_ADDR = 0x4000;
  private static final int ORPHAN_ADDR = 0x5000;

  private static final Map<Long, SysSockets.Owner> OWNERS =
      SysSockets.owners(
          concat(
              xfile(100, 3, TCP_ADDR),
              xfile(101, 4, TCP_ADDR), // the same socket in a second process: the first wins
              xfile(200, 5, TCP6_ADDR),
              xfile(300, 6, UDP_ADDR),
              xfile(400, 7, UNIX_ADDR)));

  private static final ByteBuffer TCP =
      pcblist(
          owned(
              xtcpcb(2, 6, 22, new byte[] {10, 0, 0, 2}, 50000, new byte[] {10, 0, 0, 9}, 4),
              8,
              TCP_ADDR,
              1),
          owned(xtcpcb(28, 6, 443, new byte[16], 0, new byte[16], 1), 8, TCP6_ADDR, 2),
          owned(xtcpcb(2, 6, 25, new byte[4], 0, new byte[4], 1), 8, ORPHAN_ADDR, 1));

  private static Connection conn(
      int fd, AddressFamily f, SocketType t, Endpoint l, Endpoint r, ConnectionStatus s, int pid) {
    return new Connection(
        OptionalInt.of(fd), f, t, Optional.of(l), Optional.ofNullable(r), s, OptionalInt.of(pid));
  }

  @Test
  void tcpSocketsGetTheirOwnerStateAndFamilyFromInpVflag() {
    assertThat(SysSockets.inet(TCP, true, ConnectionKind.INET, OWNERS))
        .containsExactly(
            conn(
                3,
                AddressFamily.INET,
                SocketType.STREAM,
                new Endpoint.Inet("10.0.0.2", 22),
                new Endpoint.Inet("10.0.0.9", 50000),
                ConnectionStatus.ESTABLISHED,
                100),
            conn(
                5,
                AddressFamily.INET6,
                SocketType.STREAM,
                new Endpoint.Inet("::", 443),
                null,
                ConnectionStatus.LISTEN,
                200));
    assertThat(SysSockets.inet(TCP, true, ConnectionKind.TCP6, OWNERS)).hasSize(1);
    assertThat(SysSockets.inet(TCP, true, ConnectionKind.UDP, OWNERS)).isEmpty();
  }

  @Test
  void udpAndUnixSocketsHaveNoState() {
    ByteBuffer udp = pcblist(xinpcb(2, 53, new byte[] {127, 0, 0, 1}, 0, new byte[4], UDP_ADDR, 1));
    assertThat(SysSockets.inet(udp, false, ConnectionKind.UDP4, OWNERS))
        .containsExactly(
            conn(
                6,
                AddressFamily.INET,
                SocketType.DGRAM,
                new Endpoint.Inet("127.0.0.1", 53),
                null,
                ConnectionStatus.NONE,
                300));
    ByteBuffer local = unixPcblist(xunpcb("/var/run/log", UNIX_ADDR), xunpcb("", ORPHAN_ADDR));
    assertThat(SysSockets.unix(local, SocketType.DGRAM, OWNERS))
        .containsExactly(
            conn(
                7,
                AddressFamily.UNIX,
                SocketType.DGRAM,
                new Endpoint.Unix("/var/run/log"),
                new Endpoint.Unix(""),
                ConnectionStatus.NONE,
                400));
  }

  @Test
  void aKernFileOfAnotherRecordSizeIsMalformed() {
    ByteBuffer wrongSize = xfile(1, 1, 1).putLong(0, 120);
    assertThatThrownBy(() -> SysSockets.owners(wrongSize))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("xf_size is 120");
    assertThatThrownBy(() -> SysSockets.owners(ByteBuffer.allocate(100)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("does not divide");
  }
}
