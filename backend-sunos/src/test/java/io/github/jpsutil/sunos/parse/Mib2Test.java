package io.github.jpsutil.sunos.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.SocketType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * MIB-II rows and TPI replies decoded as psutil's {@code net_connections} reads them; state numbers
 * are illumos {@code inet/tcp.h}'s {@code TCPS_*} (LISTEN -3, ESTABLISHED 0, TIME_WAIT 6, BOUND
 * -4).
 */
class Mib2Test {
  private static ByteBuffer le(byte[] b) {
    return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void tcpRowsGiveAddressesPortsStateAndCreator() {
    byte[] rows =
        new Mib2Rows()
            .tcp4("0.0.0.0", 22, "0.0.0.0", 0, -3, 612)
            .tcp4("10.0.2.15", 22, "10.0.2.2", 51_234, 0, 4_001)
            .bytes();
    assertThat(Mib2Conns.decode(262, 13, le(rows)))
        .containsExactly(
            new Connection(
                OptionalInt.empty(),
                AddressFamily.INET,
                SocketType.STREAM,
                Optional.of(new Endpoint.Inet("0.0.0.0", 22)),
                Optional.empty(),
                ConnectionStatus.LISTEN,
                OptionalInt.of(612)),
            new Connection(
                OptionalInt.empty(),
                AddressFamily.INET,
                SocketType.STREAM,
                Optional.of(new Endpoint.Inet("10.0.2.15", 22)),
                Optional.of(new Endpoint.Inet("10.0.2.2", 51_234)),
                ConnectionStatus.ESTABLISHED,
                OptionalInt.of(4_001)));
    byte[] six = new Mib2Rows().tcp6("::ffff:127.0.0.1", 8080, "::1", 40_000, 6, 0).bytes();
    assertThat(Mib2Conns.decode(270, 14, le(six)))
        .containsExactly(
            new Connection(
                OptionalInt.empty(),
                AddressFamily.INET6,
                SocketType.STREAM,
                Optional.of(new Endpoint.Inet("::ffff:127.0.0.1", 8080)),
                Optional.of(new Endpoint.Inet("::1", 40_000)),
                ConnectionStatus.TIME_WAIT,
                OptionalInt.empty())); // creator 0: unknown
  }

  @Test
  void udpRowsHaveNoRemoteEndAndPsutilsPidGuard() {
    byte[] rows = new Mib2Rows().udp4("0.0.0.0", 68, 99).udp4("1.2.3.4", 1, 4_000_000).bytes();
    assertThat(Mib2Conns.decode(263, 5, le(rows)))
        .containsExactly(
            new Connection(
                OptionalInt.empty(),
                AddressFamily.INET,
                SocketType.DGRAM,
                Optional.of(new Endpoint.Inet("0.0.0.0", 68)),
                Optional.empty(),
                ConnectionStatus.NONE,
                OptionalInt.of(99)));
    byte[] six = new Mib2Rows().udp6("fe80::1", 546, 4_000_000).bytes(); // no guard for v6
    assertThat(Mib2Conns.decode(271, 6, le(six)))
        .singleElement()
        .extracting(Connection::pid)
        .isEqualTo(OptionalInt.of(4_000_000));
  }

  @Test
  void partialRowsAndUnknownStatesAreMalformed() {
    byte[] row = new Mib2Rows().tcp4("1.1.1.1", 1, "2.2.2.2", 2, 9, 1).bytes();
    assertThatThrownBy(() -> Mib2Conns.decode(262, 13, le(row)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("TCP state 9");
    assertThatThrownBy(() -> Mib2Conns.decode(262, 13, ByteBuffer.allocate(67)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("not whole rows");
    assertThat(Mib2Conns.wanted(270, 13)).isFalse();
    assertThat(Mib2Conns.wanted(271, 6)).isTrue();
  }

  @Test
  void theRequestIsAnOptmgmtReqForMib2Ip() {
    ByteBuffer r = Tpi.request().order(ByteOrder.LITTLE_ENDIAN);
    assertThat(r.capacity()).isEqualTo(40);
    assertThat(new int[] {r.getInt(0), r.getInt(4), r.getInt(8), r.getInt(12)})
        .containsExactly(9, 24, 16, 0x80);
    assertThat(new long[] {r.getLong(16), r.getLong(24), r.getLong(32)}).containsExactly(260, 0, 1);
  }

  @Test
  void repliesFollowMibget() {
    ByteBuffer ack = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
    ack.putInt(0, 22).putInt(4, 24).putInt(8, 16).putInt(12, 0x20);
    ack.putLong(16, 262).putLong(24, 13).putLong(32, 136);
    assertThat(Tpi.reply(ack, 40, 2)).isEqualTo(new Tpi.Table(262, 13, 136));
    assertThat(Tpi.reply(ack, 16, 0)).isEqualTo(new Tpi.End());
    ByteBuffer err = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
    err.putInt(0, 18).putInt(4, 9).putInt(8, 4).putInt(12, 13);
    assertThat(Tpi.reply(err, 16, 0)).isEqualTo(new Tpi.Error(4, 13));
    assertThatThrownBy(() -> Tpi.reply(ack, 40, 1)).isInstanceOf(MalformedDataException.class);
    assertThatThrownBy(() -> Tpi.reply(ack, 20, 2)).isInstanceOf(MalformedDataException.class);
  }
}
