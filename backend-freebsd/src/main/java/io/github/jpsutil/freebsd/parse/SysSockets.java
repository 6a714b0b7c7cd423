package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import io.github.jpsutil.spi.InetText;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * psutil's system-wide {@code net_connections()} on FreeBSD ({@code arch/freebsd/sys_socks.c},
 * after sockstat(1)): every socket of {@code net.inet.tcp.pcblist}, {@code net.inet.udp.pcblist}
 * and {@code net.local.{stream,dgram}.pcblist} whose kernel socket address ({@code xso_so}) is the
 * {@code xf_data} of a {@code kern.file} entry, which gives its pid and descriptor; a socket no
 * process holds is left out, as psutil does.
 */
public final class SysSockets {
  private SysSockets() {}

  public static final CStruct XFILE =
      CStruct.declare("struct xfile", 128, Timeval.AMD64, "sys/file.h");
  public static final CField XF_SIZE = XFILE.field("xf_size", 0, CType.UINT64);
  public static final CField XF_PID = XFILE.field("xf_pid", 8, CType.INT32);
  public static final CField XF_FD = XFILE.field("xf_fd", 16, CType.INT32);
  public static final CField XF_DATA = XFILE.field("xf_data", 56, CType.UINT64);

  public static final CStruct XUNPGEN =
      CStruct.declare("struct xunpgen", 32, Timeval.AMD64, "sys/unpcb.h");
  public static final CField XUG_LEN = XUNPGEN.field("xug_len", 0, CType.UINT64);
  public static final CStruct XUNPCB =
      CStruct.declare("struct xunpcb", 904, Timeval.AMD64, "sys/socketvar.h", "sys/unpcb.h");
  public static final CField XU_ADDR = XUNPCB.array("xu_addr", 152, CType.BYTES, 106);
  public static final CField XU_SO = XUNPCB.field("xu_socket.xso_so", 672, CType.UINT64);

  /** {@code netinet/in_pcb.h} {@code inp_vflag}: INP_IPV4 0x1, INP_IPV6 0x2. */
  static final int INP_IPV4 = 0x1;

  static final int INP_IPV6 = 0x2;

  /** Who holds a socket: {@code xf_pid} and {@code xf_fd} of its {@code kern.file} entry. */
  public record Owner(int pid, int fd) {}

  /** {@code kern.file}: the first entry for each {@code xf_data}. */
  public static Map<Long, Owner> owners(ByteBuffer buf) {
    if (buf.limit() % XFILE.size() != 0) {
      throw XF_SIZE.malformed("does not divide kern.file's " + buf.limit() + " bytes");
    }
    Map<Long, Owner> out = new HashMap<>();
    for (int base = 0; base < buf.limit(); base += XFILE.size()) {
      long size = XF_SIZE.u64(buf, base);
      if (size != XFILE.size()) {
        throw XF_SIZE.malformed("is " + size + " at offset " + base + ", not " + XFILE.size());
      }
      out.putIfAbsent(
          XF_DATA.u64(buf, base), new Owner(XF_PID.i32(buf, base), XF_FD.i32(buf, base)));
    }
    return out;
  }

  /**
   * The sockets of an inet pcblist: TCP ({@code xtcpcb} records, their state) or UDP ({@code
   * xinpcb}, status NONE); the family is INET when {@code inp_vflag} has INP_IPV4, else INET6, and
   * a pcb is skipped when any family its {@code inp_vflag} names is not in the kind, as psutil.
   */
  public static List<Connection> inet(
      ByteBuffer buf, boolean tcp, ConnectionKind kind, Map<Long, Owner> owners) {
    SocketType type = tcp ? SocketType.STREAM : SocketType.DGRAM;
    List<Connection> out = new ArrayList<>();
    if (!kind.types().contains(type)) {
      return out;
    }
    CStruct record = tcp ? TcpPcbList.XTCPCB : TcpPcbList.XINPCB;
    for (int base : TcpPcbList.records(buf, TcpPcbList.XIG_LEN, TcpPcbList.XINPGEN, record)) {
      int inp = tcp ? base + TcpPcbList.XT_INP.offset() : base;
      int vflag = TcpPcbList.VFLAG.u8(buf, inp);
      AddressFamily family =
          (vflag & INP_IPV4) != 0
              ? AddressFamily.INET
              : (vflag & INP_IPV6) != 0 ? AddressFamily.INET6 : null;
      Owner owner = owners.get(TcpPcbList.XSO_SO.u64(buf, inp));
      // psutil skips a pcb whose every inp_vflag family is not asked for
      if (family == null
          || owner == null
          || ((vflag & INP_IPV4) != 0 && !kind.families().contains(AddressFamily.INET))
          || ((vflag & INP_IPV6) != 0 && !kind.families().contains(AddressFamily.INET6))) {
        continue;
      }
      boolean v4 = family == AddressFamily.INET;
      int rport = port(TcpPcbList.FPORT.bytes(buf, inp));
      String lip =
          InetText.of(v4 ? TcpPcbList.LADDR4.bytes(buf, inp) : TcpPcbList.LADDR6.bytes(buf, inp));
      String rip =
          InetText.of(v4 ? TcpPcbList.FADDR4.bytes(buf, inp) : TcpPcbList.FADDR6.bytes(buf, inp));
      out.add(
          new Connection(
              OptionalInt.of(owner.fd()),
              family,
              type,
              Optional.of(new Endpoint.Inet(lip, port(TcpPcbList.LPORT.bytes(buf, inp)))),
              rport == 0 ? Optional.empty() : Optional.of(new Endpoint.Inet(rip, rport)),
              tcp ? ProcSockets.status(TcpPcbList.T_STATE.i32(buf, base)) : ConnectionStatus.NONE,
              OptionalInt.of(owner.pid())));
    }
    return out;
  }

  /** The sockets of a {@code net.local.*.pcblist} ({@code xunpcb} records) of {@code type}. */
  public static List<Connection> unix(ByteBuffer buf, SocketType type, Map<Long, Owner> owners) {
    List<Connection> out = new ArrayList<>();
    for (int base : TcpPcbList.records(buf, XUG_LEN, XUNPGEN, XUNPCB)) {
      Owner owner = owners.get(XU_SO.u64(buf, base));
      if (owner != null) {
        ByteBuffer sun = ByteBuffer.wrap(XU_ADDR.bytes(buf, base));
        out.add(
            new Connection(
                OptionalInt.of(owner.fd()),
                AddressFamily.UNIX,
                type,
                Optional.of(new Endpoint.Unix(ProcSockets.unixPath(sun))),
                Optional.of(new Endpoint.Unix("")),
                ConnectionStatus.NONE,
                OptionalInt.of(owner.pid())));
      }
    }
    return out;
  }

  private static int port(byte[] networkOrder) {
    return ((networkOrder[0] & 0xff) << 8) | (networkOrder[1] & 0xff);
  }
}
