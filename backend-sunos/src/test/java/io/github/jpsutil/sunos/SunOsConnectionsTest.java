package io.github.jpsutil.sunos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.spi.BackendConfig;
import io.github.jpsutil.sunos.acquire.FakeSunOsNative;
import io.github.jpsutil.sunos.parse.Mib2Rows;
import io.github.jpsutil.sunos.parse.ProcStructs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * net_connections over the fake {@code /dev/arp} stream: the request/reply exchange, table
 * selection (levels 262/263/270/271 with names 13/5/14/6; the others skipped), kinds, the per-pid
 * filter, and the errors.
 */
class SunOsConnectionsTest {
  @TempDir Path proc;

  private SunOsBackend backend(FakeSunOsNative lib) {
    return new SunOsBackend(new BackendConfig(proc, proc, proc), lib);
  }

  private static FakeSunOsNative tables() {
    return new FakeSunOsNative()
        .mibTable(260, 0, new byte[] {1, 2, 3, 4}) // mib2_ip_t stats: not a connection table
        .mibTable(
            262,
            13,
            new Mib2Rows()
                .tcp4("0.0.0.0", 22, "0.0.0.0", 0, -3, 612)
                .tcp4("10.0.2.15", 22, "10.0.2.2", 51_234, 0, 4_001)
                .bytes())
        .mibTable(263, 5, new Mib2Rows().udp4("0.0.0.0", 68, 99).bytes())
        .mibTable(270, 14, new Mib2Rows().tcp6("::", 22, "::", 0, -3, 612).bytes())
        .mibTable(271, 6, new Mib2Rows().udp6("::", 546, 99).bytes())
        .mibTable(271, 0, new byte[24]); // mib2_udp stats at the UDP6 level: skipped
  }

  private static List<String> brief(List<Connection> cs) {
    return cs.stream()
        .map(
            c ->
                c.family()
                    + " "
                    + c.type()
                    + " "
                    + ((Endpoint.Inet) c.laddr().get()).port()
                    + " "
                    + c.status()
                    + " "
                    + c.pid().orElse(-1))
        .toList();
  }

  @Test
  void systemWideByKind() {
    FakeSunOsNative lib = tables();
    var net = backend(lib).network();
    assertThat(brief(net.connections(ConnectionKind.INET)))
        .containsExactly(
            "INET STREAM 22 LISTEN 612",
            "INET STREAM 22 ESTABLISHED 4001",
            "INET DGRAM 68 NONE 99",
            "INET6 STREAM 22 LISTEN 612",
            "INET6 DGRAM 546 NONE 99");
    assertThat(brief(net.connections(ConnectionKind.TCP6)))
        .containsExactly("INET6 STREAM 22 LISTEN 612");
    assertThat(brief(net.connections(ConnectionKind.UDP4)))
        .containsExactly("INET DGRAM 68 NONE 99");
    assertThat(net.connections(ConnectionKind.ALL)).hasSize(5);
    assertThat(lib.mibStreamIsOpen()).isFalse();
    assertThatThrownBy(() -> net.connections(ConnectionKind.UNIX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind unix");
  }

  @Test
  void perProcessFiltersByCreatorAndAGoneProcessIsNoSuchProcess() throws IOException {
    Files.createDirectories(proc.resolve("612"));
    Files.write(
        proc.resolve("612/psinfo"),
        ProcStructs.psinfo(612, 1, "sshd", "/usr/sbin/sshd", 1, 1, 0x1000, 2).array());
    var ops = backend(tables()).processes().open(612);
    assertThat(brief(ops.connections(ConnectionKind.TCP)))
        .containsExactly("INET STREAM 22 LISTEN 612", "INET6 STREAM 22 LISTEN 612");
    assertThat(ops.connections(ConnectionKind.UDP)).isEmpty(); // still there: an empty list
    Files.delete(proc.resolve("612/psinfo"));
    Files.delete(proc.resolve("612"));
    assertThatThrownBy(() -> ops.connections(ConnectionKind.UDP)).isInstanceOf(NoSuchProcess.class);
  }

  @Test
  void errorsNameTheStepAndAlwaysCloseTheStream() {
    FakeSunOsNative denied = tables().failOnce("open /dev/arp", FakeSunOsNative.EACCES);
    assertThatThrownBy(() -> backend(denied).network().connections(ConnectionKind.INET))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("/dev/arp");
    FakeSunOsNative nack = tables().mibErrorAck(FakeSunOsNative.EIO);
    assertThatThrownBy(() -> backend(nack).network().connections(ConnectionKind.INET))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("T_ERROR_ACK");
    assertThat(nack.mibStreamIsOpen()).isFalse();
    FakeSunOsNative lost = tables().failOnce("getmsg", FakeSunOsNative.EIO);
    assertThatThrownBy(() -> backend(lost).network().connections(ConnectionKind.INET))
        .hasMessageContaining("getmsg(MIB2 control) failed: errno 5");
    assertThat(lost.mibStreamIsOpen()).isFalse();
  }
}
