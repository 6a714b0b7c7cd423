package io.github.jpsutil.sunos.acquire;

import io.github.jpsutil.sunos.parse.Tpi;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The {@code /dev/arp} MIB stream of {@link FakeSunOsNative}: checks the request it is sent and
 * answers as IP/TCP/UDP do, one {@code T_OPTMGMT_ACK} with an {@code opthdr} (MOREDATA) and a data
 * part per table, then a final {@code T_OPTMGMT_ACK} (getmsg 0), or a {@code T_ERROR_ACK}.
 */
final class FakeMibStream {
  static final int FD = 7;

  private record Table(long level, long name, byte[] rows) {}

  private final List<Table> tables = new ArrayList<>();
  private final Deque<Object> pending = new ArrayDeque<>();
  private Integer errorAckErrno;
  boolean open;

  void table(long level, long name, byte[] rows) {
    tables.add(new Table(level, name, rows));
  }

  void errorAck(int unixErrno) {
    errorAckErrno = unixErrno;
  }

  int putmsg(ByteBuffer ctl) {
    ByteBuffer c = ctl.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    // T_optmgmt_req at 0 (PRIM_type, OPT_length, OPT_offset, MGMT_flags), opthdr at 16.
    if (c.getInt(0) != 9
        || c.getInt(4) != 24
        || c.getInt(8) != 16
        || c.getInt(12) != 0x80
        || c.getLong(16) != 260) {
      throw new AssertionError("not a T_SVR4_OPTMGMT_REQ for MIB2_IP, T_CURRENT");
    }
    pending.clear();
    if (errorAckErrno != null) {
      pending.add(ack(18, 0, 0, 0).putInt(12, errorAckErrno));
      return 0;
    }
    for (Table t : tables) {
      pending.add(ack(22, t.level(), t.name(), t.rows().length));
      pending.add(t.rows());
    }
    pending.add(ack(22, 0, 0, 0));
    return 0;
  }

  private static ByteBuffer ack(int prim, long level, long name, int len) {
    ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, prim).putInt(4, 24).putInt(8, 16).putInt(12, 0x20);
    b.putLong(16, level).putLong(24, name).putLong(32, len);
    return b;
  }

  int getmsg(ByteBuffer ctl, ByteBuffer data, int[] lens) {
    Object next = pending.poll();
    if (next == null) {
      throw new AssertionError("getmsg after the final acknowledgement");
    }
    if (next instanceof ByteBuffer c) {
      if (ctl == null || data != null) {
        throw new AssertionError("a control part must be read alone");
      }
      ctl.put(0, c.array());
      lens[0] = c.capacity();
      lens[1] = -1;
      return pending.isEmpty() || c.getInt(0) == 18 ? 0 : Tpi.MOREDATA;
    }
    byte[] rows = (byte[]) next;
    if (ctl != null || data == null || data.capacity() < rows.length) {
      throw new AssertionError("a data part must be read alone into opthdr.len bytes");
    }
    data.put(0, rows);
    lens[0] = -1;
    lens[1] = rows.length;
    return 0;
  }
}
