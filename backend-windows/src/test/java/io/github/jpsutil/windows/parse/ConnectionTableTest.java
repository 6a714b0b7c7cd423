package io.github.jpsutil.windows.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.InetText;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The rules psutil's {@code arch/windows/net.c} applies to each row, on rows laid out at the
 * offsets the MinGW layout check confirms (WindowsLayoutCompileTest); Wine captured no IPv6 row and
 * no established socket, so those cases are written here.
 */
class ConnectionTableTest {
  private static ByteBuffer table(int rows, int rowSize) {
    ByteBuffer b = ByteBuffer.allocate(4 + rows * rowSize).order(ByteOrder.LITTLE_ENDIAN);
    return b.putInt(0, rows);
  }

  /** A port as the DWORD holds it: network byte order in the low 16 bits. */
  private static int port(int p) {
    return (p & 0xff) << 8 | p >> 8;
  }

  /**
   * An established IPv6 socket: RFC 5952 §4.2.3 text (the longest zero run, the first on a tie).
   */
  @Test
  void anEstablishedIpv6RowHasBothEndsInRfc5952Form() {
    ByteBuffer b = table(1, 56);
    byte[] local = new byte[16];
    local[0] = 0x20;
    local[1] = 0x01;
    local[2] = 0x0d;
    local[3] = (byte) 0xb8;
    local[15] = 1; // 2001:db8::1
    b.put(4, local);
    b.putInt(4 + 20, port(443));
    byte[] remote = new byte[16];
    remote[10] = (byte) 0xff;
    remote[11] = (byte) 0xff;
    remote[12] = 127;
    remote[15] = 1; // ::ffff:127.0.0.1, IPv4-mapped
    b.put(4 + 24, remote);
    b.putInt(4 + 44, port(50_000));
    b.putInt(4 + 48, 5); // MIB_TCP_STATE_ESTAB
    b.putInt(4 + 52, 1234);

    Connection c = ConnectionTable.decode(ConnectionTable.TCP6, b).get(0);

    assertThat(c.laddr()).contains(new Endpoint.Inet("2001:db8::1", 443));
    assertThat(c.raddr()).contains(new Endpoint.Inet("::ffff:127.0.0.1", 50_000));
    assertThat(c.status()).isEqualTo(ConnectionStatus.ESTABLISHED);
    assertThat(c.pid()).isEqualTo(OptionalInt.of(1234));
  }

  @Test
  void ipv6TextCompressesOnlyRunsOfTwoOrMoreZeroGroups() {
    byte[] oneZero = {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
    assertThat(InetText.of(oneZero)).isEqualTo("2001:db8:0:1:1:1:1:1"); // RFC 5952 §4.2.2
    byte[] tie = {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1};
    assertThat(InetText.of(tie)).isEqualTo("2001:db8::1:0:0:1"); // RFC 5952 §4.2.3
    assertThat(InetText.of(new byte[16])).isEqualTo("::");
  }

  /**
   * The text psutil gets from ntdll's {@code RtlIpv6AddressToStringA}, as Wine 8 returned it for
   * these addresses (a MinGW-w64 program calling it through GetProcAddress): the decoders' {@link
   * InetText} writes the same for every class but the IPv4-translated and ISATAP forms, where
   * Windows ends in a dotted quad and inet_ntop in hex groups (a known difference, documented on
   * ConnectionTable).
   */
  @Test
  void ipv6TextMatchesRtlIpv6AddressToStringForEmbeddedIpv4() {
    assertThat(InetText.of(v6(0, 0, 0, 0, 0, 0, 0x0102, 0x0304))).isEqualTo("::1.2.3.4");
    assertThat(InetText.of(v6(0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304))).isEqualTo("::ffff:1.2.3.4");
    assertThat(InetText.of(v6(0, 0, 0, 0, 0, 0, 1, 0))).isEqualTo("::0.1.0.0");
    assertThat(InetText.of(v6(0, 0, 0, 0, 0, 0, 0, 1))).isEqualTo("::1");
    // Windows: "::ffff:0:1.2.3.4" and "fe80::5efe:1.2.3.4".
    assertThat(InetText.of(v6(0, 0, 0, 0, 0xffff, 0, 0x0102, 0x0304)))
        .isEqualTo("::ffff:0:102:304");
    assertThat(InetText.of(v6(0xfe80, 0, 0, 0, 0, 0x5efe, 0x0102, 0x0304)))
        .isEqualTo("fe80::5efe:102:304");
  }

  private static byte[] v6(int... words) {
    ByteBuffer b = ByteBuffer.allocate(16);
    for (int w : words) {
      b.putShort((short) w);
    }
    return b.array();
  }

  /** psutil: a listening socket has no remote end; an all-zero local end is an empty tuple. */
  @Test
  void listeningAndUnboundEndsAreEmpty() {
    ByteBuffer b = table(1, 24);
    b.putInt(4, 2); // LISTEN
    b.putInt(4 + 16, port(9)); // a remote port on a listener is ignored
    List<Connection> rows = ConnectionTable.decode(ConnectionTable.TCP4, b);
    assertThat(rows.get(0).laddr()).isEqualTo(Optional.empty());
    assertThat(rows.get(0).raddr()).isEqualTo(Optional.empty());
  }

  @Test
  void rejectsTruncatedTablesAndUnknownStates() {
    ByteBuffer shortTable = table(2, 24).limit(4 + 24);
    assertThatThrownBy(() -> ConnectionTable.decode(ConnectionTable.TCP4, shortTable))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("MIB_TCPTABLE_OWNER_PID.dwNumEntries is 2");
    ByteBuffer badState = table(1, 24).putInt(4, 13);
    assertThatThrownBy(() -> ConnectionTable.decode(ConnectionTable.TCP4, badState))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("dwState is 13");
    assertThatThrownBy(() -> ConnectionTable.decode(ConnectionTable.UDP4, ByteBuffer.allocate(2)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("needs its 4-byte dwNumEntries");
  }
}
