package io.github.jpsutil.linux.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.SocketType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetUnixTest {
  private static final String HEADER = "Num       RefCount Protocol Flags    Type St Inode Path\n";

  private static Optional<Endpoint> unix(String path) {
    return Optional.of(new Endpoint.Unix(path));
  }

  @Test
  void pathsTypesAndPaddedInodes() {
    String text =
        HEADER
            + "00000000952ae7b3: 00000003 00000000 00000000 0001 03  1639\n"
            + "000000009915d94b: 00000002 00000000 00010000 0001 01 17083 /run/dbus/system_bus_socket\n"
            + "0000000012345678: 00000002 00000000 00000000 0002 01 20001 @/tmp/.X11-unix/X0\n"
            + "0000000012345679: 00000002 00000000 00000000 0005 01 20002 /tmp/with two  spaces.sock\n"
            + "000000001234567a: 00000002 00000000 00000000 0002 01    42 @abstract@with@nuls\n";
    List<SocketRow> rows = NetUnix.parse(text, inode -> true);
    assertThat(rows)
        .extracting(SocketRow::inode, SocketRow::type, SocketRow::laddr)
        .containsExactly(
            tuple(1639L, SocketType.STREAM, unix("")),
            tuple(17083L, SocketType.STREAM, unix("/run/dbus/system_bus_socket")),
            tuple(20001L, SocketType.DGRAM, unix("@/tmp/.X11-unix/X0")),
            tuple(20002L, SocketType.SEQPACKET, unix("/tmp/with two  spaces.sock")),
            tuple(42L, SocketType.DGRAM, unix("@abstract@with@nuls")));
    assertThat(rows).extracting(SocketRow::family).containsOnly(AddressFamily.UNIX);
    assertThat(rows).extracting(SocketRow::raddr).containsOnly(unix(""));
    assertThat(rows).extracting(SocketRow::status).containsOnly(ConnectionStatus.NONE);
  }

  @Test
  void unwantedInodesAreSkipped() {
    String text =
        HEADER
            + "0000000000000001: 00000002 00000000 00000000 0001 01 10 /a\n"
            + "0000000000000002: 00000002 00000000 00000000 0001 01 11 /b\n";
    assertThat(NetUnix.parse(text, inode -> inode == 11))
        .extracting(SocketRow::laddr)
        .containsExactly(unix("/b"));
  }

  @Test
  void restOfAPathWithANewlineIsSkipped() {
    String text =
        HEADER
            + "0000000000000001: 00000002 00000000 00000000 0001 01 10 /tmp/line\n"
            + "two\n"
            + "more words after the newline in the path\n"
            + "0000000000000002: 00000002 00000000 00000000 0001 01 11 /b\n";
    assertThat(NetUnix.parse(text, inode -> true))
        .extracting(SocketRow::inode)
        .containsExactly(10L, 11L);
  }

  @Test
  void malformedSocketLinesAreErrors() {
    assertThatThrownBy(
            () ->
                NetUnix.parse(HEADER + "0000000000000001: 00000002 00000000 0001 01\n", i -> true))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("/proc/net/unix")
        .hasMessageContaining("missing field");
    assertThatThrownBy(
            () ->
                NetUnix.parse(
                    HEADER + "0000000000000001: 00000002 00000000 00000000 0004 01 10\n",
                    i -> true))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("unknown socket type 4");
    assertThatThrownBy(
            () ->
                NetUnix.parse(
                    HEADER + "0000000000000001: 00000002 00000000 00000000 0001 01 1x0\n",
                    i -> true))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("'Inode'");
  }

  @Test
  void headerOnly() {
    assertThat(NetUnix.parse(HEADER, i -> true)).isEmpty();
  }
}
