package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.BYTES;
import static io.github.jpsutil.spi.CType.INT64;
import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.spi.CType.UINT64;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicDuplex;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * {@code MIB_IF_TABLE2} from {@code GetIfTable2} (netioapi.h): one {@code MIB_IF_ROW2} per
 * interface, the rows psutil reads one by one with {@code GetIfEntry2}. Read as psutil's {@code
 * net_io_counters} (64-bit octets; packets are unicast plus non-unicast) and {@code net_if_stats}.
 */
public final class InterfaceTable {
  private InterfaceTable() {}

  private static final String[] HEADERS = {"winsock2.h", "ws2tcpip.h", "iphlpapi.h"};

  public static final CStruct TABLE = CStruct.declare("MIB_IF_TABLE2", 8 + 1352, X64, HEADERS);

  public static final CField NUM_ENTRIES = TABLE.field("NumEntries", 0, UINT32);
  public static final CField ROWS = TABLE.array("Table", 8, BYTES, 1352);

  public static final CStruct ROW = CStruct.declare("MIB_IF_ROW2", 1352, X64, HEADERS);

  public static final CField INTERFACE_INDEX = ROW.field("InterfaceIndex", 8, UINT32);
  public static final CField MTU = ROW.field("Mtu", 1124, UINT32);
  public static final CField OPER_STATUS = ROW.field("OperStatus", 1156, UINT32);
  public static final CField ADMIN_STATUS = ROW.field("AdminStatus", 1160, UINT32);
  public static final CField TRANSMIT_LINK_SPEED = ROW.field("TransmitLinkSpeed", 1192, INT64);
  public static final CField IN_OCTETS = ROW.field("InOctets", 1208, UINT64);
  public static final CField IN_UCAST = ROW.field("InUcastPkts", 1216, UINT64);
  public static final CField IN_NUCAST = ROW.field("InNUcastPkts", 1224, UINT64);
  public static final CField IN_DISCARDS = ROW.field("InDiscards", 1232, UINT64);
  public static final CField IN_ERRORS = ROW.field("InErrors", 1240, UINT64);
  public static final CField OUT_OCTETS = ROW.field("OutOctets", 1280, UINT64);
  public static final CField OUT_UCAST = ROW.field("OutUcastPkts", 1288, UINT64);
  public static final CField OUT_NUCAST = ROW.field("OutNUcastPkts", 1296, UINT64);
  public static final CField OUT_DISCARDS = ROW.field("OutDiscards", 1304, UINT64);
  public static final CField OUT_ERRORS = ROW.field("OutErrors", 1312, UINT64);

  /** {@code IfOperStatusUp} (ifdef.h) and {@code NET_IF_ADMIN_STATUS_UP}. */
  public static final int IF_OPER_STATUS_UP = 1;

  public static final int NET_IF_ADMIN_STATUS_UP = 1;

  /** One interface's counters and state. */
  public record Row(int ifIndex, NetIoCounters io, NicStats stats) {}

  /**
   * The rows by interface index.
   *
   * @throws MalformedDataException if the table is shorter than its entry count says
   */
  public static Map<Integer, Row> decode(ByteBuffer buf) {
    long n = NUM_ENTRIES.u32(buf, 0);
    if (ROWS.offset() + n * ROW.size() > buf.limit()) {
      throw NUM_ENTRIES.malformed("is " + n + ", but the buffer holds " + buf.limit() + " bytes");
    }
    Map<Integer, Row> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      int at = ROWS.offset() + i * ROW.size();
      NetIoCounters io =
          new NetIoCounters(
              OUT_OCTETS.u64(buf, at),
              IN_OCTETS.u64(buf, at),
              sum(buf, at, OUT_UCAST, OUT_NUCAST),
              sum(buf, at, IN_UCAST, IN_NUCAST),
              IN_ERRORS.u64(buf, at),
              OUT_ERRORS.u64(buf, at),
              IN_DISCARDS.u64(buf, at),
              OUT_DISCARDS.u64(buf, at));
      boolean up =
          OPER_STATUS.u32(buf, at) == IF_OPER_STATUS_UP
              && ADMIN_STATUS.u32(buf, at) == NET_IF_ADMIN_STATUS_UP;
      // Bits per second; -1 (ULONG64 max) is "unknown" as 0 is. psutil hard-codes full duplex on
      // Windows ("no way to know").
      long mbits = Math.max(TRANSMIT_LINK_SPEED.i64(buf, at), 0) / 1_000_000;
      NicStats stats =
          new NicStats(
              up,
              NicDuplex.FULL,
              mbits == 0
                  ? OptionalInt.empty()
                  : OptionalInt.of((int) Math.min(mbits, Integer.MAX_VALUE)),
              (int) Math.min(MTU.u32(buf, at), Integer.MAX_VALUE),
              List.of());
      int index = (int) INTERFACE_INDEX.u32(buf, at);
      out.put(index, new Row(index, io, stats));
    }
    return out;
  }

  private static long sum(ByteBuffer buf, int at, CField a, CField b) {
    long s = a.u64(buf, at) + b.u64(buf, at);
    if (s < 0) {
      throw a.malformed("plus " + b.name() + " passes 2^63-1");
    }
    return s;
  }
}
