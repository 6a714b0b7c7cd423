package io.github.jpsutil.sunos.parse;

import static io.github.jpsutil.api.AddressFamily.INET;
import static io.github.jpsutil.api.AddressFamily.INET6;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.EnumWords;
import io.github.jpsutil.spi.InetText;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The MIB-II connection tables (illumos {@code inet/mib2.h}, packed to 4 on amd64) as psutil's
 * {@code net_connections} reads them ({@code psutil/arch/sunos/net.c}): addresses as stored
 * (network order), ports as host-order {@code int}s, the TCP state from {@code ce_state} ({@code
 * TCPS_*} of {@code inet/tcp.h}), the owner from {@code *CreationProcess}. psutil has no fd here
 * (-1, so empty) and no remote end for UDP.
 */
public final class Mib2Conns {
  private Mib2Conns() {}

  public static final CStruct TCP = Timestruc.declare("mib2_tcpConnEntry_t", 68, "inet/mib2.h");
  public static final CField TCP_LADDR = TCP.array("tcpConnLocalAddress", 4, CType.BYTES, 4);
  public static final CField TCP_LPORT = TCP.field("tcpConnLocalPort", 8, CType.INT32);
  public static final CField TCP_RADDR = TCP.array("tcpConnRemAddress", 12, CType.BYTES, 4);
  public static final CField TCP_RPORT = TCP.field("tcpConnRemPort", 16, CType.INT32);
  public static final CField TCP_STATE = TCP.field("tcpConnEntryInfo.ce_state", 52, CType.INT32);
  public static final CField TCP_PID = TCP.field("tcpConnCreationProcess", 56, CType.UINT32);

  public static final CStruct TCP6 = Timestruc.declare("mib2_tcp6ConnEntry_t", 96, "inet/mib2.h");
  public static final CField TCP6_LADDR = TCP6.array("tcp6ConnLocalAddress", 0, CType.BYTES, 16);
  public static final CField TCP6_LPORT = TCP6.field("tcp6ConnLocalPort", 16, CType.INT32);
  public static final CField TCP6_RADDR = TCP6.array("tcp6ConnRemAddress", 20, CType.BYTES, 16);
  public static final CField TCP6_RPORT = TCP6.field("tcp6ConnRemPort", 36, CType.INT32);
  public static final CField TCP6_STATE = TCP6.field("tcp6ConnEntryInfo.ce_state", 80, CType.INT32);
  public static final CField TCP6_PID = TCP6.field("tcp6ConnCreationProcess", 84, CType.UINT32);

  public static final CStruct UDP = Timestruc.declare("mib2_udpEntry_t", 36, "inet/mib2.h");
  public static final CField UDP_LADDR = UDP.array("udpLocalAddress", 0, CType.BYTES, 4);
  public static final CField UDP_LPORT = UDP.field("udpLocalPort", 4, CType.INT32);
  public static final CField UDP_PID = UDP.field("udpCreationProcess", 24, CType.UINT32);

  public static final CStruct UDP6 = Timestruc.declare("mib2_udp6Entry_t", 64, "inet/mib2.h");
  public static final CField UDP6_LADDR = UDP6.array("udp6LocalAddress", 0, CType.BYTES, 16);
  public static final CField UDP6_LPORT = UDP6.field("udp6LocalPort", 16, CType.INT32);
  public static final CField UDP6_PID = UDP6.field("udp6CreationProcess", 52, CType.UINT32);

  /**
   * psutil skips UDPv4 rows whose pid is above this: one row with an impossible pid shows up (the
   * udp instance of the querying stream itself, by psutil's comment in {@code net.c}).
   */
  static final long PSUTIL_UDP_PID_LIMIT = 131_072;

  /** Whether {@code level}/{@code name} is one of the four connection tables. */
  public static boolean wanted(long level, long name) {
    return kind(level, name).isPresent();
  }

  /** A table: its level and name, the row's fields; no remote end or state for UDP. */
  private record Kind(
      long level,
      long name,
      AddressFamily af,
      CField laddr,
      CField lport,
      CField raddr,
      CField rport,
      CField state,
      CField pid) {
    CStruct row() {
      return laddr.struct();
    }
  }

  /**
   * {@code MIB2_TCP} 262 / {@code MIB2_TCP_CONN} 13, {@code MIB2_TCP6} 270 / {@code MIB2_TCP6_CONN}
   * 14, {@code MIB2_UDP} 263 / {@code MIB2_UDP_ENTRY} 5, {@code MIB2_UDP6} 271 / {@code
   * MIB2_UDP6_ENTRY} 6.
   */
  private static final List<Kind> KINDS =
      List.of(
          new Kind(262, 13, INET, TCP_LADDR, TCP_LPORT, TCP_RADDR, TCP_RPORT, TCP_STATE, TCP_PID),
          new Kind(
              270, 14, INET6, TCP6_LADDR, TCP6_LPORT, TCP6_RADDR, TCP6_RPORT, TCP6_STATE, TCP6_PID),
          new Kind(263, 5, INET, UDP_LADDR, UDP_LPORT, null, null, null, UDP_PID),
          new Kind(271, 6, INET6, UDP6_LADDR, UDP6_LPORT, null, null, null, UDP6_PID));

  private static Optional<Kind> kind(long level, long name) {
    return KINDS.stream().filter(k -> k.level() == level && k.name() == name).findFirst();
  }

  /**
   * The rows of table {@code level}/{@code name}; {@code data} holds whole rows only.
   *
   * @throws MalformedDataException when it does not, or a TCP state is unknown
   */
  public static List<Connection> decode(long level, long name, ByteBuffer data) {
    Kind k =
        kind(level, name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("not a connection table: " + level + "/" + name));
    if (data.limit() % k.row().size() != 0) {
      throw new MalformedDataException(
          k.row().name() + " table of " + data.limit() + " bytes is not whole rows");
    }
    List<Connection> out = new ArrayList<>();
    for (int base = 0; base < data.limit(); base += k.row().size()) {
      long pid = k.pid().u32(data, base);
      if (k.laddr() == UDP_LADDR && pid > PSUTIL_UDP_PID_LIMIT) {
        continue;
      }
      boolean tcp = k.state() != null;
      int rport = tcp ? k.rport().i32(data, base) : 0;
      out.add(
          new Connection(
              OptionalInt.empty(),
              k.af(),
              tcp ? SocketType.STREAM : SocketType.DGRAM,
              Optional.of(endpoint(data, base, k.laddr(), k.lport().i32(data, base))),
              rport == 0 ? Optional.empty() : Optional.of(endpoint(data, base, k.raddr(), rport)),
              tcp ? status(k.state().i32(data, base)) : ConnectionStatus.NONE,
              owner(pid)));
    }
    return out;
  }

  private static Endpoint endpoint(ByteBuffer b, int base, CField addr, int port) {
    if (port < 0 || port > 65_535) {
      throw new MalformedDataException("port " + port + " in " + addr.struct().name());
    }
    return new Endpoint.Inet(InetText.of(addr.bytes(b, base)), port);
  }

  /** {@code MIB2_UNKNOWN_PROCESS} (0) is no owner. */
  private static OptionalInt owner(long pid) {
    if (pid > Integer.MAX_VALUE) {
      throw new MalformedDataException("creation process " + pid);
    }
    return pid == 0 ? OptionalInt.empty() : OptionalInt.of((int) pid);
  }

  /** {@code TCPS_*} of illumos {@code inet/tcp.h}, -6 (CLOSED) to 6 (TIME_WAIT). */
  static ConnectionStatus status(int tcps) {
    if (tcps < -6 || tcps > 6) {
      throw new MalformedDataException("TCP state " + tcps + " is no TCPS_* value");
    }
    return TCP_STATES.get(tcps + 6);
  }

  /** {@code TCPS_CLOSED} -6 to {@code TCPS_TIME_WAIT} 6, as psutil names them. */
  private static final List<ConnectionStatus> TCP_STATES =
      EnumWords.of(
          ConnectionStatus.class,
          "CLOSE IDLE BOUND LISTEN SYN_SENT SYN_RECV ESTABLISHED CLOSE_WAIT FIN_WAIT1 CLOSING"
              + " LAST_ACK FIN_WAIT2 TIME_WAIT");
}
