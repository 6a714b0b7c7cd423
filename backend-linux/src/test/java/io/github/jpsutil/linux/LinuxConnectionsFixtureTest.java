package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The join of socket tables and fd links over a hand-made procfs tree whose {@code fd} entries are
 * real symbolic links ({@code socket:[N]}, {@code pipe:[N]}, paths), read with readlink(2).
 */
@EnabledOnOs(OS.LINUX) // readlink through libc
class LinuxConnectionsFixtureTest {
  private static final String TCP_HEADER =
      "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout"
          + " inode\n";
  private static final String TAIL = " 00000000:00000000 00:00000000 00000000     0        0 ";

  @TempDir Path root;
  private Path proc;
  private LinuxNet net;

  @BeforeEach
  void tree() throws IOException {
    proc = Files.createDirectories(root.resolve("proc"));
    Path netDir = Files.createDirectories(proc.resolve("net"));
    Files.writeString(
        netDir.resolve("tcp"),
        TCP_HEADER
            + "   0: 0100007F:1F90 00000000:0000 0A"
            + TAIL
            + "1001 1 0\n"
            + "   1: 0100007F:A2C4 0100007F:1F90 01"
            + TAIL
            + "1002 1 0\n"
            + "   2: 0100007F:0016 0100007F:9C40 01"
            + TAIL
            + "1003 1 0\n");
    Files.writeString(
        netDir.resolve("tcp6"),
        TCP_HEADER
            + "   0: 00000000000000000000000001000000:0016 00000000000000000000000000000000:0000 0A"
            + TAIL
            + "1004 1 0\n");
    Files.writeString(
        netDir.resolve("udp"),
        TCP_HEADER + "   7: 3500007F:0035 00000000:0000 07" + TAIL + "3001 2 0\n");
    // no udp6: IPv6 disabled for UDP in this tree
    Files.writeString(
        netDir.resolve("unix"),
        "Num       RefCount Protocol Flags    Type St Inode Path\n"
            + "0000000000000001: 00000002 00000000 00010000 0001 01  2001 /run/a b.sock\n"
            + "0000000000000002: 00000002 00000000 00000000 0002 01  2002 @abstract\n"
            + "0000000000000003: 00000002 00000000 00000000 0005 01  2003\n");
    fds(
        100,
        "3",
        "socket:[1001]",
        "7",
        "socket:[1001]",
        "4",
        "socket:[2001]",
        "5",
        "socket:[2001]");
    fds(100, "0", "anon_inode:[eventfd]", "6", "pipe:[5]", "10", "socket:[99999]");
    Files.writeString(proc.resolve("100/fd/8"), "a regular file: readlink fails with EINVAL");
    fds(200, "3", "socket:[3001]", "9", "socket:[2002]");
    fds(300, "1", "socket:[2002]", "2", "socket:[1002]", "4", "socket:[1004]");
    Files.createDirectories(proc.resolve("400")); // no fd directory
    Files.createDirectories(proc.resolve("self"));
    net = new LinuxNet(new LinuxFiles(new BackendConfig(proc, root.resolve("sys"), root)));
  }

  private void fds(int pid, String... fdAndTarget) throws IOException {
    Path dir = Files.createDirectories(proc.resolve(pid + "/fd"));
    for (int i = 0; i < fdAndTarget.length; i += 2) {
      Files.createSymbolicLink(dir.resolve(fdAndTarget[i]), Path.of(fdAndTarget[i + 1]));
    }
  }

  private static Connection conn(
      Integer fd,
      AddressFamily family,
      SocketType type,
      Endpoint laddr,
      Endpoint raddr,
      ConnectionStatus status,
      Integer pid) {
    return new Connection(
        fd == null ? OptionalInt.empty() : OptionalInt.of(fd),
        family,
        type,
        Optional.ofNullable(laddr),
        Optional.ofNullable(raddr),
        status,
        pid == null ? OptionalInt.empty() : OptionalInt.of(pid));
  }

  private static Endpoint inet(String ip, int port) {
    return new Endpoint.Inet(ip, port);
  }

  private static final AddressFamily V4 = AddressFamily.INET;
  private static final AddressFamily UNIX = AddressFamily.UNIX;
  private static final SocketType STREAM = SocketType.STREAM;

  @Test
  void systemWideJoin() {
    assertThat(net.connections(ConnectionKind.ALL))
        .containsExactlyInAnyOrder(
            // an INET socket held twice by one process: its first fd only
            conn(3, V4, STREAM, inet("127.0.0.1", 8080), null, ConnectionStatus.LISTEN, 100),
            conn(
                2,
                V4,
                STREAM,
                inet("127.0.0.1", 41668),
                inet("127.0.0.1", 8080),
                ConnectionStatus.ESTABLISHED,
                300),
            // nobody holds it: pid and fd unknown
            conn(
                null,
                V4,
                STREAM,
                inet("127.0.0.1", 22),
                inet("127.0.0.1", 40000),
                ConnectionStatus.ESTABLISHED,
                null),
            conn(
                4,
                AddressFamily.INET6,
                STREAM,
                inet("::1", 22),
                null,
                ConnectionStatus.LISTEN,
                300),
            conn(3, V4, SocketType.DGRAM, inet("127.0.0.53", 53), null, ConnectionStatus.NONE, 200),
            // a UNIX socket: one entry per fd
            conn(
                4,
                UNIX,
                STREAM,
                new Endpoint.Unix("/run/a b.sock"),
                new Endpoint.Unix(""),
                ConnectionStatus.NONE,
                100),
            conn(
                5,
                UNIX,
                STREAM,
                new Endpoint.Unix("/run/a b.sock"),
                new Endpoint.Unix(""),
                ConnectionStatus.NONE,
                100),
            // shared by pids 200 and 300: psutil keeps the highest pid's fds
            conn(
                1,
                UNIX,
                SocketType.DGRAM,
                new Endpoint.Unix("@abstract"),
                new Endpoint.Unix(""),
                ConnectionStatus.NONE,
                300),
            conn(
                null,
                UNIX,
                SocketType.SEQPACKET,
                new Endpoint.Unix(""),
                new Endpoint.Unix(""),
                ConnectionStatus.NONE,
                null));
  }

  @Test
  void kindsSelectTables() {
    assertThat(net.connections(ConnectionKind.TCP4)).hasSize(3);
    assertThat(net.connections(ConnectionKind.TCP6)).hasSize(1);
    assertThat(net.connections(ConnectionKind.TCP)).hasSize(4);
    assertThat(net.connections(ConnectionKind.UDP)).hasSize(1); // udp6 is missing: skipped
    assertThat(net.connections(ConnectionKind.UDP6)).isEmpty();
    assertThat(net.connections(ConnectionKind.INET)).hasSize(5);
    assertThat(net.connections(ConnectionKind.INET6)).hasSize(1);
    assertThat(net.connections(ConnectionKind.UNIX)).hasSize(4);
  }

  @Test
  void perProcess() {
    assertThat(net.connectionsOf(200, ConnectionKind.ALL))
        .containsExactlyInAnyOrder(
            conn(3, V4, SocketType.DGRAM, inet("127.0.0.53", 53), null, ConnectionStatus.NONE, 200),
            // the socket it shares with pid 300 is its own too
            conn(
                9,
                UNIX,
                SocketType.DGRAM,
                new Endpoint.Unix("@abstract"),
                new Endpoint.Unix(""),
                ConnectionStatus.NONE,
                200));
    assertThat(net.connectionsOf(100, ConnectionKind.TCP))
        .containsExactly(
            conn(3, V4, STREAM, inet("127.0.0.1", 8080), null, ConnectionStatus.LISTEN, 100));
    assertThat(net.connectionsOf(100, ConnectionKind.UDP)).isEmpty();
  }

  @Test
  void perProcessErrors() {
    assertThatThrownBy(() -> net.connectionsOf(555, ConnectionKind.ALL))
        .isInstanceOf(NoSuchProcess.class)
        .hasMessageContaining("pid=555");
    // /proc/400 exists but has no fd directory: not "gone", so a plain I/O error
    assertThatThrownBy(() -> net.connectionsOf(400, ConnectionKind.ALL))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("400/fd");
    assertThatThrownBy(() -> net.connectionsOf(-1, ConnectionKind.ALL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pid");
  }

  @Test
  void aMissingIpv4TableIsAnErrorNamingIt() throws IOException {
    Files.delete(proc.resolve("net/udp"));
    assertThatThrownBy(() -> net.connections(ConnectionKind.UDP4))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("net/udp");
  }
}
