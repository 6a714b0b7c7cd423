package io.github.jpsutil.sunos.parse;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The TPI messages of the MIB-II "get all" request that psutil's {@code net_connections} (after
 * netstat's {@code mibget()}) sends down a {@code /dev/arp} stream with {@code tcp} and {@code udp}
 * pushed: a {@code T_SVR4_OPTMGMT_REQ} carrying one {@code struct opthdr} (illumos {@code
 * sys/tihdr.h}, {@code sys/socket.h}), answered by one {@code T_OPTMGMT_ACK} control part per MIB
 * table, each followed by a data part of {@code opthdr.len} bytes.
 */
public final class Tpi {
  private Tpi() {}

  public static final CStruct REQ = Timestruc.declare("struct T_optmgmt_req", 16, "sys/tihdr.h");
  public static final CField REQ_PRIM_TYPE = REQ.field("PRIM_type", 0, CType.INT32);
  public static final CField REQ_OPT_LENGTH = REQ.field("OPT_length", 4, CType.INT32);
  public static final CField REQ_OPT_OFFSET = REQ.field("OPT_offset", 8, CType.INT32);
  public static final CField REQ_MGMT_FLAGS = REQ.field("MGMT_flags", 12, CType.INT32);

  public static final CStruct ACK = Timestruc.declare("struct T_optmgmt_ack", 16, "sys/tihdr.h");
  public static final CField ACK_PRIM_TYPE = ACK.field("PRIM_type", 0, CType.INT32);
  public static final CField ACK_OPT_LENGTH = ACK.field("OPT_length", 4, CType.INT32);
  public static final CField ACK_OPT_OFFSET = ACK.field("OPT_offset", 8, CType.INT32);
  public static final CField ACK_MGMT_FLAGS = ACK.field("MGMT_flags", 12, CType.INT32);

  public static final CStruct ERROR_ACK =
      Timestruc.declare("struct T_error_ack", 16, "sys/tihdr.h");
  public static final CField ERR_PRIM_TYPE = ERROR_ACK.field("PRIM_type", 0, CType.INT32);
  public static final CField ERR_TLI_ERROR = ERROR_ACK.field("TLI_error", 8, CType.INT32);
  public static final CField ERR_UNIX_ERROR = ERROR_ACK.field("UNIX_error", 12, CType.INT32);

  public static final CStruct OPTHDR = Timestruc.declare("struct opthdr", 24, "sys/socket.h");
  public static final CField OPT_LEVEL = OPTHDR.field("level", 0, CType.INT64);
  public static final CField OPT_NAME = OPTHDR.field("name", 8, CType.INT64);
  public static final CField OPT_LEN = OPTHDR.field("len", 16, CType.INT64);

  /** {@code struct strbuf} ({@code sys/stropts.h}), what putmsg(2)/getmsg(2) take. */
  public static final CStruct STRBUF = Timestruc.declare("struct strbuf", 16, "sys/stropts.h");

  public static final CField SB_MAXLEN = STRBUF.field("maxlen", 0, CType.INT32);
  public static final CField SB_LEN = STRBUF.field("len", 4, CType.INT32);
  public static final CField SB_BUF = STRBUF.field("buf", 8, CType.POINTER);

  /** {@code T_SVR4_OPTMGMT_REQ} 9, {@code T_ERROR_ACK} 18, {@code T_OPTMGMT_ACK} 22. */
  public static final int T_SVR4_OPTMGMT_REQ = 9;

  public static final int T_ERROR_ACK = 18;
  public static final int T_OPTMGMT_ACK = 22;

  /** {@code T_SUCCESS} 0x020 and {@code T_CURRENT} 0x080 ({@code MGMT_flags}). */
  public static final int T_SUCCESS = 0x020;

  public static final int T_CURRENT = 0x080;

  /** {@code MIB2_IP} = {@code IPPROTO_MAX} 256 + 4 ({@code inet/mib2.h}): "get all" goes to IP. */
  public static final int MIB2_IP = 260;

  /** getmsg(2)'s {@code MOREDATA} 2: the data part is still to be read. */
  public static final int MOREDATA = 2;

  /** The request: {@code T_optmgmt_req} then an {@code opthdr} for level MIB2_IP, name 0, len 1. */
  public static ByteBuffer request() {
    ByteBuffer b = ByteBuffer.allocate(REQ.size() + OPTHDR.size()).order(ByteOrder.nativeOrder());
    b.putInt(REQ_PRIM_TYPE.offset(), T_SVR4_OPTMGMT_REQ);
    b.putInt(REQ_OPT_LENGTH.offset(), OPTHDR.size());
    b.putInt(REQ_OPT_OFFSET.offset(), REQ.size());
    b.putInt(REQ_MGMT_FLAGS.offset(), T_CURRENT);
    b.putLong(REQ.size() + OPT_LEVEL.offset(), MIB2_IP);
    b.putLong(REQ.size() + OPT_LEN.offset(), 1);
    return b;
  }

  /** What a control part said: the next table's header, the end, or an error. */
  public sealed interface Reply {}

  /** A table follows: {@code len} data bytes of MIB {@code level}/{@code name}. */
  public record Table(long level, long name, int len) implements Reply {}

  /** The final {@code T_OPTMGMT_ACK} (no data part follows). */
  public record End() implements Reply {}

  /** A {@code T_ERROR_ACK}: the TLI error and the errno. */
  public record Error(int tliError, int unixError) implements Reply {}

  /**
   * Decodes {@code ctlLen} bytes of a control part that {@code getmsg} returned with {@code
   * getcode}, by the rules of netstat's {@code mibget()}.
   *
   * @throws MalformedDataException for anything else
   */
  public static Reply reply(ByteBuffer ctl, int ctlLen, int getcode) {
    if (ctlLen < 0 || ctlLen > ctl.limit()) {
      throw new MalformedDataException("getmsg control length " + ctlLen);
    }
    ByteBuffer c = ctl.duplicate().order(ctl.order()).limit(ctlLen);
    boolean ack =
        ctlLen >= ACK.size()
            && ACK_PRIM_TYPE.i32(c) == T_OPTMGMT_ACK
            && ACK_MGMT_FLAGS.i32(c) == T_SUCCESS;
    if (ack && getcode == 0) {
      return new End();
    }
    if (ctlLen >= ERROR_ACK.size() && ERR_PRIM_TYPE.i32(c) == T_ERROR_ACK) {
      return new Error(ERR_TLI_ERROR.i32(c), ERR_UNIX_ERROR.i32(c));
    }
    if (!ack || getcode != MOREDATA) {
      throw new MalformedDataException(
          "MIB reply is no T_OPTMGMT_ACK with data (getmsg " + getcode + ", " + ctlLen + " bytes)");
    }
    int off = ACK_OPT_OFFSET.i32(c);
    if (off < 0 || ACK_OPT_LENGTH.i32(c) < OPTHDR.size()) {
      throw new MalformedDataException("T_OPTMGMT_ACK options at " + off);
    }
    OPTHDR.require(c, off);
    long len = OPT_LEN.i64(c, off);
    if (len < 0 || len > Integer.MAX_VALUE) {
      throw OPT_LEN.malformed("is " + len);
    }
    return new Table(OPT_LEVEL.i64(c, off), OPT_NAME.i64(c, off), (int) len);
  }
}
