package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.EnumWords;
import io.github.jpsutil.spi.InetText;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code struct socket_fdinfo} (xnu {@code bsd/sys/proc_info.h}) from {@code
 * proc_pidfdinfo(PROC_PIDFDSOCKETINFO)}, read as psutil's {@code psutil_proc_net_connections}: the
 * family and type pick the kind; an IP socket's addresses and ports come from {@code
 * soi_proto.pri_tcp.tcpsi_ini} (UDP's {@code pri_in} is the same {@code in_sockinfo} at the same
 * place), its state from {@code tcpsi_state} for a stream socket; a UNIX socket's from the two
 * {@code sockaddr_un} paths. Ports are stored in network order in the low half of an {@code int}.
 */
public final class SocketFdInfo {
  private SocketFdInfo() {}

  public static final CStruct LAYOUT =
      CStruct.declare("struct socket_fdinfo", 792, KinfoProc.MACOS, "libproc.h", "sys/proc_info.h");

  public static final CField SOI_TYPE = LAYOUT.field("psi.soi_type", 176, CType.INT32);
  public static final CField SOI_FAMILY = LAYOUT.field("psi.soi_family", 184, CType.INT32);
  public static final CField INSI_FPORT =
      LAYOUT.field("psi.soi_proto.pri_tcp.tcpsi_ini.insi_fport", 264, CType.INT32);
  public static final CField INSI_LPORT =
      LAYOUT.field("psi.soi_proto.pri_tcp.tcpsi_ini.insi_lport", 268, CType.INT32);
  public static final CField INSI_FADDR =
      LAYOUT.array("psi.soi_proto.pri_tcp.tcpsi_ini.insi_faddr", 296, CType.BYTES, 16);
  public static final CField INSI_LADDR =
      LAYOUT.array("psi.soi_proto.pri_tcp.tcpsi_ini.insi_laddr", 312, CType.BYTES, 16);
  public static final CField TCPSI_STATE =
      LAYOUT.field("psi.soi_proto.pri_tcp.tcpsi_state", 344, CType.INT32);
  public static final CField UNSI_ADDR_PATH =
      LAYOUT.array("psi.soi_proto.pri_un.unsi_addr.ua_sun.sun_path", 282, CType.CHAR_ARRAY, 104);
  public static final CField UNSI_CADDR_PATH =
      LAYOUT.array("psi.soi_proto.pri_un.unsi_caddr.ua_sun.sun_path", 537, CType.CHAR_ARRAY, 104);

  /** {@code SOCK_STREAM}, {@code SOCK_DGRAM} ({@code sys/socket.h}). */
  public static final int SOCK_STREAM = 1, SOCK_DGRAM = 2;

  /** {@code i46a_addr4} within {@code struct in4in6_addr}: after three 32-bit pads. */
  static final int I46A_ADDR4 = 12;

  /**
   * {@code TCPS_*} of xnu {@code bsd/netinet/tcp_fsm.h} in value order (CLOSED = 0 … TIME_WAIT =
   * 10; the SDK zig bundles lacks that header, so cited, not compiled), as psutil's {@code
   * _psosx.TCP_STATUSES} names them.
   */
  public static final List<ConnectionStatus> TCP_STATES =
      EnumWords.of(
          ConnectionStatus.class,
          "CLOSE LISTEN SYN_SENT SYN_RECV ESTABLISHED CLOSE_WAIT FIN_WAIT1 CLOSING LAST_ACK"
              + " FIN_WAIT2 TIME_WAIT");

  /**
   * The connection of descriptor {@code fd} of process {@code pid} (empty for a process's own
   * list), empty when its family or type is not in kind.
   */
  public static Optional<Connection> decode(
      int fd, ByteBuffer buf, ConnectionKind kind, OptionalInt pid) {
    LAYOUT.require(buf);
    int familyNumber = SOI_FAMILY.i32(buf);
    int typeNumber = SOI_TYPE.i32(buf);
    AddressFamily family =
        switch (familyNumber) {
          case IfAddrs.AF_INET -> AddressFamily.INET;
          case IfAddrs.AF_INET6 -> AddressFamily.INET6;
          case IfAddrs.AF_UNIX -> AddressFamily.UNIX;
          default -> null;
        };
    SocketType type =
        typeNumber == SOCK_STREAM
            ? SocketType.STREAM
            : typeNumber == SOCK_DGRAM ? SocketType.DGRAM : null;
    if (family == null
        || type == null
        || !kind.families().contains(family)
        || !kind.types().contains(type)) {
      return Optional.empty();
    }
    Optional<Endpoint> local;
    Optional<Endpoint> remote = Optional.empty();
    ConnectionStatus status = ConnectionStatus.NONE;
    if (family == AddressFamily.UNIX) {
      local = Optional.of(new Endpoint.Unix(UNSI_ADDR_PATH.cString(buf)));
      remote = Optional.of(new Endpoint.Unix(UNSI_CADDR_PATH.cString(buf)));
    } else {
      if (type == SocketType.STREAM) {
        int state = TCPSI_STATE.i32(buf);
        if (state < 0 || state >= TCP_STATES.size()) {
          throw TCPSI_STATE.malformed("is " + state + ", not a TCPS_* state");
        }
        status = TCP_STATES.get(state);
      }
      local = Optional.of(new Endpoint.Inet(ip(buf, INSI_LADDR, family), port(buf, INSI_LPORT)));
      int rport = port(buf, INSI_FPORT);
      if (rport != 0) {
        remote = Optional.of(new Endpoint.Inet(ip(buf, INSI_FADDR, family), rport));
      }
    }
    return Optional.of(
        new Connection(OptionalInt.of(fd), family, type, local, remote, status, pid));
  }

  /** {@code ntohs} of the field's low 16 bits: its first two bytes, big-endian. */
  private static int port(ByteBuffer buf, CField f) {
    return ((buf.get(f.offset()) & 0xff) << 8) | (buf.get(f.offset() + 1) & 0xff);
  }

  private static String ip(ByteBuffer buf, CField f, AddressFamily family) {
    byte[] a = f.bytes(buf, 0);
    return family == AddressFamily.INET ? InetText.ipv4(a, I46A_ADDR4) : InetText.ipv6(a, 0);
  }
}
