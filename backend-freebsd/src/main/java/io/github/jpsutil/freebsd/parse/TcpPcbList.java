package io.github.jpsutil.freebsd.parse;

import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sysctl net.inet.tcp.pcblist} (FreeBSD 12+): a {@code struct xinpgen}, one {@code struct
 * xtcpcb} per TCP socket (its {@code xt_inp} a {@code struct xinpcb} with the socket's {@code
 * xsocket} and addresses), and a closing {@code xinpgen}; each record starts with its length. The
 * walk is netstat's and psutil's ({@code arch/freebsd/proc_socks.c}): from the first record on,
 * while its length exceeds {@code sizeof(struct xinpgen)}.
 */
public final class TcpPcbList {
  private TcpPcbList() {}

  public static final CStruct XINPGEN =
      CStruct.declare("struct xinpgen", 64, Timeval.AMD64, "netinet/in_pcb.h");
  public static final CField XIG_LEN = XINPGEN.field("xig_len", 0, CType.UINT64);

  public static final CStruct XINPCB =
      CStruct.declare("struct xinpcb", 400, Timeval.AMD64, "netinet/in_pcb.h", "sys/socketvar.h");
  public static final CField XSO_SO = XINPCB.field("xi_socket.xso_so", 16, CType.UINT64);
  public static final CField VFLAG = XINPCB.field("inp_vflag", 392, CType.UINT8);
  public static final CField PROTOCOL = XINPCB.field("xi_socket.xso_protocol", 104, CType.INT32);
  public static final CField FAMILY = XINPCB.field("xi_socket.xso_family", 108, CType.INT32);
  public static final CField SO_TYPE = XINPCB.field("xi_socket.so_type", 164, CType.UINT16);
  public static final CField FPORT = XINPCB.array("inp_inc.inc_ie.ie_fport", 252, CType.BYTES, 2);
  public static final CField LPORT = XINPCB.array("inp_inc.inc_ie.ie_lport", 254, CType.BYTES, 2);
  public static final CField FADDR6 =
      XINPCB.array("inp_inc.inc_ie.ie_dependfaddr", 256, CType.BYTES, 16);
  public static final CField FADDR4 =
      XINPCB.array("inp_inc.inc_ie.ie_dependfaddr.id46_addr.ia46_addr4", 268, CType.BYTES, 4);
  public static final CField LADDR6 =
      XINPCB.array("inp_inc.inc_ie.ie_dependladdr", 272, CType.BYTES, 16);
  public static final CField LADDR4 =
      XINPCB.array("inp_inc.inc_ie.ie_dependladdr.id46_addr.ia46_addr4", 284, CType.BYTES, 4);

  public static final CStruct XTCPCB =
      CStruct.declare("struct xtcpcb", 744, Timeval.AMD64, "netinet/tcp_var.h");
  public static final CField XT_INP = XTCPCB.array("xt_inp", 8, CType.BYTES, 400);
  public static final CField T_STATE = XTCPCB.field("t_state", 568, CType.INT32);

  /**
   * One TCP control block: the socket's type, domain and protocol, its ports and addresses as the
   * kernel keeps them (network order; an IPv4 address is the last 4 of the 16 bytes), its state.
   */
  public record TcpPcb(
      int soType,
      int family,
      int protocol,
      byte[] lport,
      byte[] fport,
      byte[] laddr6,
      byte[] faddr6,
      byte[] laddr4,
      byte[] faddr4,
      int state) {}

  /** Every {@code xtcpcb} of the list. */
  public static List<TcpPcb> decode(ByteBuffer buf) {
    List<TcpPcb> out = new ArrayList<>();
    for (int base : records(buf, XIG_LEN, XINPGEN, XTCPCB)) {
      int inp = base + XT_INP.offset();
      out.add(
          new TcpPcb(
              SO_TYPE.u16(buf, inp),
              FAMILY.i32(buf, inp),
              PROTOCOL.i32(buf, inp),
              LPORT.bytes(buf, inp),
              FPORT.bytes(buf, inp),
              LADDR6.bytes(buf, inp),
              FADDR6.bytes(buf, inp),
              LADDR4.bytes(buf, inp),
              FADDR4.bytes(buf, inp),
              T_STATE.i32(buf, base)));
    }
    return out;
  }

  /**
   * The offsets of the records of a pcblist ({@code xinpgen} or {@code xunpgen} framed): each
   * starts with its length ({@code len}); the walk ends at the first record no longer than the
   * header, the closing one.
   */
  static List<Integer> records(ByteBuffer buf, CField len, CStruct header, CStruct record) {
    header.require(buf);
    List<Integer> out = new ArrayList<>();
    int base = length(buf, 0, len);
    while (true) {
      if (base + len.width() > buf.limit()) {
        throw len.malformed("missing: the list ends at " + buf.limit() + " without its trailer");
      }
      int n = length(buf, base, len);
      if (n <= header.size()) {
        return out;
      }
      if (n < record.size()) {
        throw len.malformed("of a record is " + n + ", less than " + record.name());
      }
      out.add(base);
      base += n;
    }
  }

  private static int length(ByteBuffer buf, int base, CField len) {
    long n = len.u64(buf, base);
    if (n < len.width() || n > buf.limit() - base) {
      throw len.malformed("is " + n + " at offset " + base + " of " + buf.limit());
    }
    return (int) n;
  }
}
