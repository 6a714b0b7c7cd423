package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.BYTES;
import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import io.github.jpsutil.spi.EnumWords;
import io.github.jpsutil.spi.InetText;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The socket tables of {@code GetExtendedTcpTable(TCP_TABLE_OWNER_PID_ALL)} and {@code
 * GetExtendedUdpTable(UDP_TABLE_OWNER_PID)} (Microsoft docs, tcpmib.h and udpmib.h): a {@code DWORD
 * dwNumEntries} then that many rows from offset 4. Addresses are in network byte order; a port is a
 * DWORD whose low 16 bits hold it in network byte order (psutil swaps them with {@code
 * BYTESWAP_USHORT}). Decoded as psutil's {@code arch/windows/net.c}: laddr only when address or
 * port is non-zero, raddr only for a non-listening TCP socket with a non-zero remote end, UDP
 * status NONE, no fd (psutil's -1).
 *
 * <p>psutil writes addresses with ntdll's {@code RtlIpv4AddressToStringA} and {@code
 * RtlIpv6AddressToStringA}; {@link InetText} (inet_ntop's rules) gives the same text for IPv4, RFC
 * 5952 zero compression, IPv4-compatible and IPv4-mapped addresses. It differs for the
 * IPv4-translated ({@code ::ffff:0:a.b.c.d}) and ISATAP ({@code …:5efe:a.b.c.d}) forms, which
 * Windows writes with a dotted tail and inet_ntop in hex (ConnectionTableTest pins both sides).
 */
public final class ConnectionTable {
  private ConnectionTable() {}

  private static final String[] HEADERS = {"winsock2.h", "ws2tcpip.h", "iphlpapi.h"};

  /** One table kind: its table and row structs and where each field of a row is. */
  public record Kind(
      AddressFamily family,
      SocketType type,
      CStruct table,
      CStruct row,
      CField localAddr,
      CField localPort,
      CField remoteAddr,
      CField remotePort,
      CField state,
      CField owningPid) {
    /** The table's {@code dwNumEntries}, the first field {@code table} declares. */
    public CField numEntries() {
      return table.fields().get(0);
    }
  }

  public static final CStruct TCP_ROW = declare("MIB_TCPROW_OWNER_PID", 24);
  public static final CStruct TCP6_ROW = declare("MIB_TCP6ROW_OWNER_PID", 56);
  public static final CStruct UDP_ROW = declare("MIB_UDPROW_OWNER_PID", 12);
  public static final CStruct UDP6_ROW = declare("MIB_UDP6ROW_OWNER_PID", 28);

  public static final CStruct TCP_TABLE = table("MIB_TCPTABLE_OWNER_PID", TCP_ROW);
  public static final CStruct TCP6_TABLE = table("MIB_TCP6TABLE_OWNER_PID", TCP6_ROW);
  public static final CStruct UDP_TABLE = table("MIB_UDPTABLE_OWNER_PID", UDP_ROW);
  public static final CStruct UDP6_TABLE = table("MIB_UDP6TABLE_OWNER_PID", UDP6_ROW);

  public static final Kind TCP4 =
      kind(AddressFamily.INET, SocketType.STREAM, TCP_TABLE, TCP_ROW, 4, 8, 12, 16, 0, 20);
  public static final Kind TCP6 =
      kind(AddressFamily.INET6, SocketType.STREAM, TCP6_TABLE, TCP6_ROW, 0, 20, 24, 44, 48, 52);
  public static final Kind UDP4 =
      kind(AddressFamily.INET, SocketType.DGRAM, UDP_TABLE, UDP_ROW, 0, 4, -1, -1, -1, 8);
  public static final Kind UDP6 =
      kind(AddressFamily.INET6, SocketType.DGRAM, UDP6_TABLE, UDP6_ROW, 0, 20, -1, -1, -1, 24);

  public static final List<Kind> KINDS = List.of(TCP4, TCP6, UDP4, UDP6);

  private static CStruct declare(String name, int size) {
    return CStruct.declare(name, size, X64, HEADERS);
  }

  /** {@code dwNumEntries} then the rows, 4-byte aligned; {@code ANY_SIZE} (1) row in sizeof. */
  private static CStruct table(String name, CStruct row) {
    CStruct table = declare(name, 4 + row.size());
    table.field("dwNumEntries", 0, UINT32);
    table.array("table", 4, BYTES, row.size());
    return table;
  }

  /**
   * The row's fields at {@code at}: local address, local port, remote address, remote port, state,
   * owning pid; -1 for a field the row lacks (a UDP row has no remote end and no state). Address
   * members are {@code dw…Addr} (4 bytes) in IPv4 rows and {@code uc…Addr} (16) in IPv6 rows.
   */
  private static Kind kind(
      AddressFamily family, SocketType type, CStruct table, CStruct row, int... at) {
    String addr = family == AddressFamily.INET ? "dw" : "uc";
    int addrLength = family == AddressFamily.INET ? 4 : 16;
    return new Kind(
        family,
        type,
        table,
        row,
        row.array(addr + "LocalAddr", at[0], BYTES, addrLength),
        row.field("dwLocalPort", at[1], UINT32),
        at[2] < 0 ? null : row.array(addr + "RemoteAddr", at[2], BYTES, addrLength),
        at[3] < 0 ? null : row.field("dwRemotePort", at[3], UINT32),
        at[4] < 0 ? null : row.field("dwState", at[4], UINT32),
        row.field("dwOwningPid", at[5], UINT32));
  }

  /**
   * Every row of a table of {@code kind}.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if the buffer is shorter than its rows, a
   *     TCP state is outside tcpmib.h's {@code MIB_TCP_STATE}, or a pid is negative
   */
  public static List<Connection> decode(Kind kind, ByteBuffer buf) {
    if (buf.limit() < 4) {
      throw kind.table().malformed("needs its 4-byte dwNumEntries, got " + buf.limit() + " bytes");
    }
    long n = kind.numEntries().u32(buf, 0);
    int rowSize = kind.row().size();
    if (4 + n * rowSize > buf.limit()) {
      throw kind.numEntries()
          .malformed(
              String.format(
                  "is %d: the rows would end at byte %d of a %d-byte buffer",
                  n, 4 + n * rowSize, buf.limit()));
    }
    List<Connection> out = new ArrayList<>((int) n);
    for (int i = 0; i < n; i++) {
      out.add(row(kind, buf, 4 + i * rowSize));
    }
    return out;
  }

  private static Connection row(Kind k, ByteBuffer buf, int base) {
    long pid = k.owningPid().u32(buf, base);
    if (pid > Integer.MAX_VALUE) {
      throw k.owningPid().malformed("is out of range: " + pid);
    }
    ConnectionStatus status =
        k.state() == null ? ConnectionStatus.NONE : status(k.state(), k.state().u32(buf, base));
    Optional<Endpoint> remote =
        k.remoteAddr() == null || status == ConnectionStatus.LISTEN
            ? Optional.empty()
            : endpoint(k, k.remoteAddr().bytes(buf, base), k.remotePort().u32(buf, base));
    return new Connection(
        OptionalInt.empty(),
        k.family(),
        k.type(),
        endpoint(k, k.localAddr().bytes(buf, base), k.localPort().u32(buf, base)),
        remote,
        status,
        OptionalInt.of((int) pid));
  }

  /** psutil: an all-zero address with port 0 is no endpoint (an empty tuple). */
  private static Optional<Endpoint> endpoint(Kind k, byte[] addr, long portDword) {
    int port = (int) ((portDword & 0xff) << 8 | (portDword >> 8) & 0xff);
    boolean zero = port == 0;
    for (byte b : addr) {
      zero &= b == 0;
    }
    if (zero) {
      return Optional.empty();
    }
    return Optional.of(new Endpoint.Inet(InetText.of(addr), port));
  }

  /** {@code MIB_TCP_STATE} 1..12 (tcpmib.h) in order, named as psutil's net.c maps them. */
  private static final List<ConnectionStatus> TCP_STATES =
      EnumWords.of(
          ConnectionStatus.class,
          "CLOSE LISTEN SYN_SENT SYN_RECV ESTABLISHED FIN_WAIT1 FIN_WAIT2 CLOSE_WAIT CLOSING"
              + " LAST_ACK TIME_WAIT DELETE_TCB");

  private static ConnectionStatus status(CField field, long state) {
    if (state < 1 || state > TCP_STATES.size()) {
      throw field.malformed("is " + state + ", not a MIB_TCP_STATE (1..12)");
    }
    return TCP_STATES.get((int) state - 1);
  }
}
