package io.github.jpsutil.cli;

import static io.github.jpsutil.cli.LiveMemoryDiskTest.asList;
import static io.github.jpsutil.cli.LiveMemoryDiskTest.asMap;
import static io.github.jpsutil.cli.LiveMemoryDiskTest.run;
import static io.github.jpsutil.cli.testing.ProcFacts.implementedOrNull;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.cli.testing.CliRun;
import io.github.jpsutil.cli.testing.ProcFacts;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** ifconfig, netstat and nettop on this machine, against /proc/net and /sys/class/net. */
@EnabledOnOs(OS.LINUX)
class LiveNetTest {

  @Test
  void ifconfigListsEveryInterface() {
    Map<String, List<NicAddress>> addrs = implementedOrNull(() -> Psutil.local().netIfAddrs());
    Map<String, NetIoCounters> io = implementedOrNull(() -> Psutil.local().perNicIoCounters());
    CliRun json = run("ifconfig", "--json");
    CliRun table = run("ifconfig");
    assertThat(json.status()).isZero();
    assertThat(table.status()).isZero();
    Map<String, Object> tree = asMap(json.json());
    assertThat(tree.keySet())
        .containsExactly("net_if_addrs", "net_if_stats", "net_io_counters_pernic");
    if (addrs == null) {
      assertThat(tree).containsEntry("net_if_addrs", null);
      assertThat(table.out()).contains("net_if_addrs: not available on this OS");
    } else {
      // psutil 8 lists interfaces without addresses too (one AF_UNSPEC entry), so all of them.
      assertThat(asMap(tree.get("net_if_addrs")).keySet())
          .containsExactlyInAnyOrderElementsOf(ProcFacts.sysClassNet());
      assertThat(table.out()).contains("lo:\n").contains("    IPv4 address   : 127.0.0.1\n");
    }
    if (io == null) {
      assertThat(tree).containsEntry("net_io_counters_pernic", null);
    } else {
      assertThat(asMap(tree.get("net_io_counters_pernic")).keySet())
          .containsExactlyInAnyOrderElementsOf(ProcFacts.netDevNames());
    }
  }

  /**
   * A socket this test opens must be listed as LISTEN with this JVM's pid. Java opens a dual-stack
   * IPv6 socket unless java.net.preferIPv4Stack is set, so the kernel (and psutil) shows it as
   * AF_INET6 {@code ::ffff:127.0.0.1}; both forms are accepted.
   */
  @Test
  void netstatShowsOurListeningSocket() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      List<Connection> conns = implementedOrNull(() -> Psutil.local().netConnections("tcp"));
      CliRun json = run("netstat", "--kind", "tcp", "--json");
      CliRun table = run("netstat", "--kind", "tcp");
      assertThat(json.status()).isZero();
      assertThat(table.status()).isZero();
      if (conns == null) {
        assertThat(json.json()).isNull();
        assertThat(table.out()).startsWith("net_connections: not available on this OS");
        return;
      }
      long pid = ProcessHandle.current().pid();
      long port = server.getLocalPort();
      assertThat(asList(json.json()))
          .anySatisfy(
              c -> {
                Map<String, Object> m = asMap(c);
                Map<String, Object> laddr = asMap(m.get("laddr"));
                assertThat(laddr).containsEntry("port", port);
                if (m.get("family").equals("AF_INET")) {
                  assertThat(laddr).containsEntry("ip", "127.0.0.1");
                } else {
                  assertThat(m).containsEntry("family", "AF_INET6");
                  assertThat(laddr).containsEntry("ip", "::ffff:127.0.0.1");
                }
                assertThat(m)
                    .containsEntry("status", "LISTEN")
                    .containsEntry("type", "SOCK_STREAM")
                    .containsEntry("raddr", null)
                    .containsEntry("pid", pid);
              });
      // The program name is the kernel's comm of this JVM (15 characters at most, so no
      // extension from the command line applies to it).
      String comm = ProcFacts.lines("/proc/self/comm").get(0);
      assertThat(table.out())
          .containsPattern(
              "\n(tcp +127\\.0\\.0\\.1|tcp6 +::ffff:127\\.0\\.0\\.1):"
                  + port
                  + " +- +LISTEN +"
                  + pid
                  + " +"
                  + Pattern.quote(comm)
                  + "\n");
    }
  }

  @Test
  void nettopSamplesEveryInterfaceOnce() {
    Map<String, NetIoCounters> io = implementedOrNull(() -> Psutil.local().perNicIoCounters());
    CliRun json = run("nettop", "--json", "--interval", "0.2");
    CliRun table = run("nettop", "--interval", "0.2");
    assertThat(json.status()).isZero();
    assertThat(table.status()).isZero();
    if (io == null) {
      assertThat(json.json()).isNull();
      assertThat(table.out()).startsWith("net_io_counters: not available on this OS");
      return;
    }
    Map<String, Object> tree = asMap(json.json());
    assertThat(tree.keySet())
        .containsExactly("interval", "net_io_counters", "net_io_counters_pernic", "per_second");
    assertThat((Double) tree.get("interval")).isBetween(0.2, 5.0);
    assertThat(asMap(tree.get("per_second")).keySet())
        .containsExactlyInAnyOrderElementsOf(ProcFacts.netDevNames());
    for (Object rates : asMap(tree.get("per_second")).values()) {
      for (Object rate : asMap(rates).values()) {
        assertThat(rate).isInstanceOf(Double.class);
        assertThat((Double) rate).isGreaterThanOrEqualTo(0.0);
      }
    }
    assertThat(table.out()).startsWith("total bytes:").contains("\nlo ");
  }
}
