package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.freebsd.parse.TcpPcbList.TcpPcb;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.EnumWords;
import io.github.jpsutil.spi.InetText;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * psutil's {@code Process.net_connections()} on FreeBSD ({@code arch/freebsd/proc_socks.c} and
 * {@code _psbsd.py}): the process's {@code KF_TYPE_SOCKET} file entries of the kind's families and
 * of type SOCK_STREAM or SOCK_DGRAM; a TCP socket's state is that of the first {@code xtcpcb} of
 * {@code net.inet.tcp.pcblist} with the same type, domain and protocol and the same local and
 * remote port and address, {@code NONE} when none matches.
 */
public final class ProcSockets {
  private ProcSockets() {}

  /** {@code sys/socket.h}: AF_UNIX 1, SOCK_STREAM 1, SOCK_DGRAM 2. */
  static final int AF_UNIX = 1;

  static final int SOCK_STREAM = 1;
  static final int SOCK_DGRAM = 2;

  /** {@code netinet/tcp_fsm.h} TCPS_CLOSED 0 … TCPS_TIME_WAIT 10, as psutil names them. */
  private static final List<ConnectionStatus> TCP_STATES =
      EnumWords.of(
          ConnectionStatus.class,
          "CLOSE LISTEN SYN_SENT SYN_RECV ESTABLISHED CLOSE_WAIT FIN_WAIT1 CLOSING LAST_ACK"
              + " FIN_WAIT2 TIME_WAIT");

  /**
   * The process's connections of {@code kind}.
   *
   * @param tcp the TCP control blocks, asked for only when a TCP socket is listed
   */
  public static List<Connection> connections(
      List<KinfoFile> files, ConnectionKind kind, Supplier<List<TcpPcb>> tcp) {
    List<Connection> out = new ArrayList<>();
    List<TcpPcb> pcbs = null;
    for (KinfoFile f : files) {
      if (f.socket().isEmpty()) {
        continue;
      }
      KinfoFile.Socket s = f.socket().get();
      AddressFamily family = family(s.domain());
      SocketType type =
          s.type() == SOCK_STREAM
              ? SocketType.STREAM
              : s.type() == SOCK_DGRAM ? SocketType.DGRAM : null;
      if (family == null
          || type == null
          || !kind.families().contains(family)
          || !kind.types().contains(type)) {
        continue;
      }
      OptionalInt fd = OptionalInt.of(f.fd());
      if (family == AddressFamily.UNIX) {
        Endpoint local = new Endpoint.Unix(unixPath(s.local()));
        out.add(
            new Connection(
                fd,
                family,
                type,
                Optional.of(local),
                Optional.of(new Endpoint.Unix("")),
                ConnectionStatus.NONE,
                OptionalInt.empty()));
        continue;
      }
      ConnectionStatus status = ConnectionStatus.NONE;
      if (type == SocketType.STREAM) {
        pcbs = pcbs == null ? tcp.get() : pcbs;
        status = state(s, pcbs);
      }
      int rport = port(s.peer());
      out.add(
          new Connection(
              fd,
              family,
              type,
              Optional.of(new Endpoint.Inet(ip(s.domain(), s.local()), port(s.local()))),
              rport == 0
                  ? Optional.empty()
                  : Optional.of(new Endpoint.Inet(ip(s.domain(), s.peer()), rport)),
              status,
              OptionalInt.empty()));
    }
    return out;
  }

  private static AddressFamily family(int domain) {
    return switch (domain) {
      case SockaddrText.AF_INET -> AddressFamily.INET;
      case SockaddrText.AF_INET6 -> AddressFamily.INET6;
      case AF_UNIX -> AddressFamily.UNIX;
      default -> null;
    };
  }

  private static ConnectionStatus state(KinfoFile.Socket s, List<TcpPcb> pcbs) {
    boolean v4 = s.domain() == SockaddrText.AF_INET;
    for (TcpPcb p : pcbs) {
      if (p.soType() == s.type()
          && p.family() == s.domain()
          && p.protocol() == s.protocol()
          && matches(s.local(), p.lport(), v4 ? p.laddr4() : p.laddr6(), v4)
          && matches(s.peer(), p.fport(), v4 ? p.faddr4() : p.faddr6(), v4)) {
        return status(p.state());
      }
    }
    return ConnectionStatus.NONE;
  }

  /** psutil's {@code TCP_STATUSES}: a {@code t_state} number, NONE for one it does not know. */
  static ConnectionStatus status(int tState) {
    return tState >= 0 && tState < TCP_STATES.size()
        ? TCP_STATES.get(tState)
        : ConnectionStatus.NONE;
  }

  /** psutil's {@code psutil_sockaddr_matches}: the port, then the address bytes. */
  private static boolean matches(ByteBuffer sa, byte[] port, byte[] addr, boolean v4) {
    return sa.get(2) == port[0] && sa.get(3) == port[1] && Arrays.equals(address(sa, v4), addr);
  }

  /** {@code sin_addr} (4 bytes at 4) or {@code sin6_addr} (16 at 8). */
  private static byte[] address(ByteBuffer sa, boolean v4) {
    CField field = v4 ? SockaddrText.SIN_ADDR : SockaddrText.SIN6_ADDR;
    return field.bytes(sa, 0);
  }

  private static String ip(int domain, ByteBuffer sa) {
    return InetText.of(address(sa, domain == SockaddrText.AF_INET));
  }

  /** {@code sin_port}/{@code sin6_port}, network order at offset 2. */
  private static int port(ByteBuffer sa) {
    return ((sa.get(2) & 0xff) << 8) | (sa.get(3) & 0xff);
  }

  /**
   * {@code sun_path} ({@code sys/un.h}: after {@code sun_len} and {@code sun_family}), {@code
   * sun_len - 2} bytes as psutil prints them, up to a NUL.
   */
  static String unixPath(ByteBuffer sa) {
    int len = Math.max(0, Math.min((sa.get(0) & 0xff) - 2, sa.limit() - 2));
    int n = 0;
    while (n < len && sa.get(2 + n) != 0) {
      n++;
    }
    byte[] b = new byte[n];
    sa.get(2, b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
