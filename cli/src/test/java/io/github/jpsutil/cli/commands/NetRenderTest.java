package io.github.jpsutil.cli.commands;

import static io.github.jpsutil.cli.commands.Records.addr;
import static io.github.jpsutil.cli.commands.Records.available;
import static io.github.jpsutil.cli.commands.Records.net;
import static io.github.jpsutil.cli.commands.Records.unavailable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicDuplex;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.cli.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NetRenderTest {

  @Test
  void ifconfigIsPsutilsLayout() {
    Map<String, List<NicAddress>> addrs = new LinkedHashMap<>();
    addrs.put(
        "lo",
        List.of(
            addr(AddressFamily.INET, "127.0.0.1", "255.0.0.0", null),
            addr(AddressFamily.INET6, "::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", null),
            addr(AddressFamily.LINK, "00:00:00:00:00:00", null, null)));
    addrs.put(
        "eth0",
        List.of(
            addr(AddressFamily.INET, "10.0.0.2", "255.0.0.0", "10.255.255.255"),
            new NicAddress(
                AddressFamily.INET,
                Optional.of("10.8.0.1"),
                Optional.of("255.255.255.255"),
                Optional.empty(),
                Optional.of("10.8.0.2"))));
    addrs.put("dummy0", List.of(addr(AddressFamily.UNSPEC, null, null, null)));
    Map<String, NicStats> stats =
        Map.of(
            "lo", new NicStats(true, NicDuplex.UNKNOWN, OptionalInt.empty(), 65536, List.of()),
            "eth0",
                new NicStats(
                    false, NicDuplex.FULL, OptionalInt.of(1000), 1500, List.of("broadcast")));
    Map<String, NetIoCounters> io = Map.of("lo", net(1_990_000, 1_990_001, 22158, 22159));

    String text =
        IfconfigCommand.render(
            available("net_if_addrs", addrs),
            available("net_if_stats", stats),
            available("net_io_counters", io));
    assertThat(text)
        .isEqualTo(
            String.join(
                "\n",
                "lo:",
                "    stats          : speed=?, duplex=?, mtu=65536, up=yes",
                "    incoming       : bytes=1.9M, pkts=22159, errs=1, drops=3",
                "    outgoing       : bytes=1.9M, pkts=22158, errs=2, drops=4",
                "    IPv4 address   : 127.0.0.1",
                "         netmask   : 255.0.0.0",
                "    IPv6 address   : ::1",
                "         netmask   : ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
                "    MAC  address   : 00:00:00:00:00:00",
                "",
                "eth0:",
                "    stats          : speed=1000MB, duplex=full, mtu=1500, up=no",
                "    IPv4 address   : 10.0.0.2",
                "         broadcast : 10.255.255.255",
                "         netmask   : 255.0.0.0",
                "    IPv4 address   : 10.8.0.1",
                "         netmask   : 255.255.255.255",
                "         p2p       : 10.8.0.2",
                "",
                "dummy0:",
                "",
                ""));
  }

  @Test
  void ifconfigListsUnavailableFunctionsFirstAndStillShowsTheRest() {
    String text =
        IfconfigCommand.render(
            unavailable("net_if_addrs", "ifAddrs: not implemented yet"),
            unavailable("net_if_stats", "ifStats: not implemented yet"),
            available("net_io_counters", Map.of("eth0", net(1, 2, 3, 4))));
    assertThat(text)
        .startsWith(
            "net_if_addrs: not available on this OS (ifAddrs: not implemented yet)\n"
                + "net_if_stats: not available on this OS (ifStats: not implemented yet)\n"
                + "\n"
                + "eth0:\n"
                + "    incoming       : bytes=2.0B, pkts=4, errs=1, drops=3\n");
  }

  @Test
  void netstatIsPsutilsLayoutWithProgramNames() {
    List<Connection> conns =
        List.of(
            new Connection(
                OptionalInt.of(3),
                AddressFamily.INET,
                SocketType.STREAM,
                Optional.of(new Endpoint.Inet("127.0.0.1", 45884)),
                Optional.empty(),
                ConnectionStatus.LISTEN,
                OptionalInt.of(13651)),
            new Connection(
                OptionalInt.empty(),
                AddressFamily.INET6,
                SocketType.DGRAM,
                Optional.of(new Endpoint.Inet("::1", 323)),
                Optional.empty(),
                ConnectionStatus.NONE,
                OptionalInt.empty()),
            new Connection(
                OptionalInt.of(9),
                AddressFamily.UNIX,
                SocketType.DGRAM,
                Optional.of(new Endpoint.Unix("/run/systemd/notify")),
                Optional.of(new Endpoint.Unix("")),
                ConnectionStatus.NONE,
                OptionalInt.of(1)));
    // 13651 has no name: it ended (or hid its name) between the socket and the process listing.
    assertThat(NetstatCommand.render(conns, Map.of(1, "systemd")))
        .isEqualTo(
            String.join(
                "\n",
                "Proto      Local address          Remote address         Status        PID    Program"
                    + " name",
                "tcp        127.0.0.1:45884        -                      LISTEN        13651  ?",
                "udp6       ::1:323                -                      NONE          -      -",
                "unix-dgram /run/systemd/notify    -                      NONE          1      systemd",
                ""));
  }

  @Test
  void protoNames() {
    assertThat(NetstatCommand.proto(AddressFamily.INET, SocketType.STREAM)).isEqualTo("tcp");
    assertThat(NetstatCommand.proto(AddressFamily.INET, SocketType.DGRAM)).isEqualTo("udp");
    assertThat(NetstatCommand.proto(AddressFamily.INET6, SocketType.STREAM)).isEqualTo("tcp6");
    assertThat(NetstatCommand.proto(AddressFamily.UNIX, SocketType.STREAM)).isEqualTo("unix");
    assertThat(NetstatCommand.proto(AddressFamily.UNIX, SocketType.SEQPACKET))
        .isEqualTo("unix-seqpacket");
  }

  @Test
  void nettopShowsTotalsAndPerSecondRatesBusiestInterfaceFirst() {
    Map<String, NetIoCounters> before = new LinkedHashMap<>();
    before.put("lo", net(1000, 1000, 10, 10));
    before.put("eth0", net(1_000_000, 5_000_000, 1000, 4000));
    Map<String, NetIoCounters> after = new LinkedHashMap<>();
    after.put("lo", net(1000, 1000, 10, 10));
    after.put("eth0", net(1_002_048, 5_010_240, 1010, 4100));
    after.put("tun0", net(5, 5, 1, 1));
    NettopCommand.Sample b =
        new NettopCommand.Sample(Optional.of(net(1_001_000, 5_001_000, 1010, 4010)), before, 0);
    NettopCommand.Sample a =
        new NettopCommand.Sample(
            Optional.of(net(1_003_053, 5_011_245, 1021, 4111)), after, 2_000_000_000L);

    assertThat(NettopCommand.render(b, a))
        .isEqualTo(
            String.join(
                "\n",
                "total bytes:           sent: 979.5K       received: 4.8M",
                "total packets:         sent: 1021         received: 4111",
                "",
                "eth0                      TOTAL         PER-SEC",
                "bytes-sent               978.6K          1.0K/s",
                "bytes-recv                 4.8M          5.0K/s",
                "pkts-sent                  1010               5",
                "pkts-recv                  4100              50",
                "",
                "lo                        TOTAL         PER-SEC",
                "bytes-sent              1000.0B          0.0B/s",
                "bytes-recv              1000.0B          0.0B/s",
                "pkts-sent                    10               0",
                "pkts-recv                    10               0",
                "",
                "tun0                      TOTAL         PER-SEC",
                "bytes-sent                 5.0B               -",
                "bytes-recv                 5.0B               -",
                "pkts-sent                     1               -",
                "pkts-recv                     1               -",
                ""));

    String json = new JsonWriter(0).write(NettopCommand.json(b, a));
    assertThat(json)
        .startsWith("{\"interval\":2.0,\"net_io_counters\":{\"bytes_sent\":1003053,")
        .contains(
            "\"per_second\":{\"eth0\":{\"bytes_sent\":1024.0,\"bytes_recv\":5120.0,"
                + "\"packets_sent\":5.0,\"packets_recv\":50.0,\"errin\":0.0,")
        .contains("\"tun0\":{\"bytes_sent\":null,");
  }

  @Test
  void rateIsNullWhenCountersWentBackwards() {
    assertThat(NettopCommand.rate(10L, 5, 1)).isNull();
    assertThat(NettopCommand.rate(null, 5, 1)).isNull();
    assertThat(NettopCommand.rate(5L, 15, 0.5)).isEqualTo(20.0);
  }
}
