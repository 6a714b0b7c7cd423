package io.github.jpsutil.linux.parse;

import io.github.jpsutil.spi.Abi;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.CType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decodes the datagrams of Linux's process connector: each is one or more netlink messages ({@code
 * struct nlmsghdr}, {@code <linux/netlink.h>}), each carrying a {@code struct cn_msg} ({@code
 * <linux/connector.h>}) whose payload is a {@code struct proc_event} ({@code <linux/cn_proc.h>}).
 * The layouts are the same on every 64-bit Linux (fixed-width fields only); they are checked with
 * gcc against the installed kernel headers.
 */
public final class ProcConnectorMessages {
  private ProcConnectorMessages() {}

  private static final Set<Abi> LINUX = Set.of(Abi.LINUX_X86_64);

  public static final CStruct NLMSGHDR =
      CStruct.declare("struct nlmsghdr", 16, LINUX, "linux/netlink.h");
  public static final CField NLMSG_LEN = NLMSGHDR.field("nlmsg_len", 0, CType.UINT32);
  public static final CField NLMSG_TYPE = NLMSGHDR.field("nlmsg_type", 4, CType.UINT16);
  public static final CField NLMSG_FLAGS = NLMSGHDR.field("nlmsg_flags", 6, CType.UINT16);
  public static final CField NLMSG_SEQ = NLMSGHDR.field("nlmsg_seq", 8, CType.UINT32);
  public static final CField NLMSG_PID = NLMSGHDR.field("nlmsg_pid", 12, CType.UINT32);

  public static final CStruct SOCKADDR_NL =
      CStruct.declare("struct sockaddr_nl", 12, LINUX, "sys/socket.h", "linux/netlink.h");
  public static final CField NL_FAMILY = SOCKADDR_NL.field("nl_family", 0, CType.UINT16);
  public static final CField NL_PID = SOCKADDR_NL.field("nl_pid", 4, CType.UINT32);
  public static final CField NL_GROUPS = SOCKADDR_NL.field("nl_groups", 8, CType.UINT32);

  public static final CStruct CN_MSG =
      CStruct.declare("struct cn_msg", 20, LINUX, "linux/connector.h");
  public static final CField CN_IDX = CN_MSG.field("id.idx", 0, CType.UINT32);
  public static final CField CN_VAL = CN_MSG.field("id.val", 4, CType.UINT32);
  public static final CField CN_SEQ = CN_MSG.field("seq", 8, CType.UINT32);
  public static final CField CN_ACK = CN_MSG.field("ack", 12, CType.UINT32);
  public static final CField CN_LEN = CN_MSG.field("len", 16, CType.UINT16);
  public static final CField CN_FLAGS = CN_MSG.field("flags", 18, CType.UINT16);

  public static final CStruct PROC_EVENT =
      CStruct.declare("struct proc_event", 40, LINUX, "linux/cn_proc.h");
  public static final CField WHAT = PROC_EVENT.field("what", 0, CType.UINT32);
  public static final CField CPU = PROC_EVENT.field("cpu", 4, CType.UINT32);
  public static final CField TIMESTAMP_NS = PROC_EVENT.field("timestamp_ns", 8, CType.UINT64);
  public static final CField FORK_PARENT_TGID =
      PROC_EVENT.field("event_data.fork.parent_tgid", 20, CType.INT32);
  public static final CField FORK_CHILD_PID =
      PROC_EVENT.field("event_data.fork.child_pid", 24, CType.INT32);
  public static final CField FORK_CHILD_TGID =
      PROC_EVENT.field("event_data.fork.child_tgid", 28, CType.INT32);
  public static final CField EXEC_PID =
      PROC_EVENT.field("event_data.exec.process_pid", 16, CType.INT32);
  public static final CField EXEC_TGID =
      PROC_EVENT.field("event_data.exec.process_tgid", 20, CType.INT32);
  public static final CField EXIT_PID =
      PROC_EVENT.field("event_data.exit.process_pid", 16, CType.INT32);
  public static final CField EXIT_TGID =
      PROC_EVENT.field("event_data.exit.process_tgid", 20, CType.INT32);
  public static final CField EXIT_CODE =
      PROC_EVENT.field("event_data.exit.exit_code", 24, CType.UINT32);
  public static final CField EXIT_PARENT_TGID =
      PROC_EVENT.field("event_data.exit.parent_tgid", 36, CType.INT32);

  /** {@code NLMSG_DONE}: the connector sends each message as a one-part multipart answer. */
  public static final int NLMSG_DONE = 3;

  /** {@code NLMSG_ERROR}. */
  public static final int NLMSG_ERROR = 2;

  /** {@code CN_IDX_PROC} and {@code CN_VAL_PROC} ({@code <linux/connector.h>}): both 1. */
  public static final int CN_IDX_PROC = 1;

  public static final int CN_VAL_PROC = 1;

  /** {@code enum proc_cn_mcast_op}: {@code PROC_CN_MCAST_LISTEN = 1}, {@code IGNORE = 2}. */
  public static final int PROC_CN_MCAST_LISTEN = 1;

  public static final int PROC_CN_MCAST_IGNORE = 2;

  private static final long PROC_EVENT_NONE = 0;
  private static final long PROC_EVENT_FORK = 0x1;
  private static final long PROC_EVENT_EXEC = 0x2;
  private static final long PROC_EVENT_EXIT = 0x80000000L;

  private static final String WHAT_FILE = "process connector datagram";

  /**
   * The events in one datagram of {@code length} bytes at the start of {@code buf} (native byte
   * order). Messages of other connectors or types are skipped.
   *
   * @throws io.github.jpsutil.api.MalformedDataException on a truncated or inconsistent message
   */
  public static List<ProcConnectorEvent> decode(ByteBuffer buf, int length) {
    List<ProcConnectorEvent> out = new ArrayList<>(1);
    int at = 0;
    while (length - at >= NLMSGHDR.size()) {
      long len = NLMSG_LEN.u32(buf, at);
      if (len < NLMSGHDR.size() || len > length - at) {
        throw Malformed.in(
            WHAT_FILE, "nlmsg_len " + len + " at offset " + at + " of " + length + " bytes");
      }
      if (NLMSG_TYPE.u16(buf, at) == NLMSG_DONE) {
        decodeConnector(buf, at + NLMSGHDR.size(), (int) len - NLMSGHDR.size(), out);
      }
      at += (int) ((len + 3) & ~3L); // NLMSG_ALIGN
    }
    return out;
  }

  private static void decodeConnector(
      ByteBuffer buf, int base, int available, List<ProcConnectorEvent> out) {
    if (available < CN_MSG.size()) {
      throw Malformed.in(WHAT_FILE, "cn_msg needs " + CN_MSG.size() + " bytes, got " + available);
    }
    if (CN_IDX.u32(buf, base) != CN_IDX_PROC || CN_VAL.u32(buf, base) != CN_VAL_PROC) {
      return;
    }
    int payload = CN_LEN.u16(buf, base);
    int ev = base + CN_MSG.size();
    if (payload < PROC_EVENT.size() || payload > available - CN_MSG.size()) {
      throw Malformed.in(
          WHAT_FILE,
          "proc_event needs "
              + PROC_EVENT.size()
              + " bytes, cn_msg.len says "
              + payload
              + " and "
              + (available - CN_MSG.size())
              + " are there");
    }
    long what = WHAT.u32(buf, ev);
    if (what == PROC_EVENT_FORK) {
      out.add(
          new ProcConnectorEvent(
              ProcConnectorEvent.Kind.FORK,
              FORK_CHILD_PID.i32(buf, ev),
              FORK_CHILD_TGID.i32(buf, ev),
              FORK_PARENT_TGID.i32(buf, ev),
              0));
    } else if (what == PROC_EVENT_EXEC) {
      out.add(
          new ProcConnectorEvent(
              ProcConnectorEvent.Kind.EXEC, EXEC_PID.i32(buf, ev), EXEC_TGID.i32(buf, ev), 0, 0));
    } else if (what == PROC_EVENT_EXIT) {
      out.add(
          new ProcConnectorEvent(
              ProcConnectorEvent.Kind.EXIT,
              EXIT_PID.i32(buf, ev),
              EXIT_TGID.i32(buf, ev),
              EXIT_PARENT_TGID.i32(buf, ev),
              (int) EXIT_CODE.u32(buf, ev)));
    } else {
      ProcConnectorEvent.Kind kind =
          what == PROC_EVENT_NONE ? ProcConnectorEvent.Kind.ACK : ProcConnectorEvent.Kind.OTHER;
      out.add(new ProcConnectorEvent(kind, 0, 0, 0, 0));
    }
  }

  /**
   * The address to bind a connector socket to: the kernel picks the port id ({@code nl_pid} 0), the
   * multicast group is {@code CN_IDX_PROC}.
   */
  public static byte[] procConnectorAddress(int family) {
    ByteBuffer b = ByteBuffer.allocate(SOCKADDR_NL.size()).order(java.nio.ByteOrder.nativeOrder());
    b.putShort(NL_FAMILY.offset(), (short) family);
    b.putInt(NL_GROUPS.offset(), CN_IDX_PROC);
    return b.array();
  }

  /**
   * The listen or ignore request: a netlink message ({@code NLMSG_DONE}) carrying a {@code cn_msg}
   * for {@code CN_IDX_PROC} whose 4-byte payload is the {@code proc_cn_mcast_op}.
   */
  public static byte[] mcastRequest(int op) {
    int total = NLMSGHDR.size() + CN_MSG.size() + 4;
    ByteBuffer b = ByteBuffer.allocate(total).order(java.nio.ByteOrder.nativeOrder());
    b.putInt(NLMSG_LEN.offset(), total);
    b.putShort(NLMSG_TYPE.offset(), (short) NLMSG_DONE);
    int cn = NLMSGHDR.size();
    b.putInt(cn + CN_IDX.offset(), CN_IDX_PROC);
    b.putInt(cn + CN_VAL.offset(), CN_VAL_PROC);
    b.putShort(cn + CN_LEN.offset(), (short) 4);
    b.putInt(cn + CN_MSG.size(), op);
    return b.array();
  }
}
