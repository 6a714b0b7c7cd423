package io.github.jpsutil.cli.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.BatteryTime;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicDuplex;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.api.User;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Exact JSON of each record: psutil's field names and order, psutil's enum names. */
class JsonRecordsTest {
  private static String json(Object tree) {
    return new JsonWriter(0).write(tree);
  }

  @Test
  void inetConnectionHasIpPortObjectsAndPsutilEnumNames() {
    Connection c =
        new Connection(
            OptionalInt.of(7),
            AddressFamily.INET,
            SocketType.STREAM,
            Optional.of(new Endpoint.Inet("127.0.0.1", 22)),
            Optional.of(new Endpoint.Inet("10.0.0.2", 50514)),
            ConnectionStatus.ESTABLISHED,
            OptionalInt.of(512));
    assertThat(json(JsonRecords.connection(c)))
        .isEqualTo(
            "{\"fd\":7,\"family\":\"AF_INET\",\"type\":\"SOCK_STREAM\","
                + "\"laddr\":{\"ip\":\"127.0.0.1\",\"port\":22},"
                + "\"raddr\":{\"ip\":\"10.0.0.2\",\"port\":50514},"
                + "\"status\":\"ESTABLISHED\",\"pid\":512}");
  }

  @Test
  void unknownFdAndPidAndEmptyAddressesAreNull() {
    Connection c =
        new Connection(
            OptionalInt.empty(),
            AddressFamily.INET6,
            SocketType.DGRAM,
            Optional.of(new Endpoint.Inet("::", 5353)),
            Optional.empty(),
            ConnectionStatus.NONE,
            OptionalInt.empty());
    assertThat(json(JsonRecords.connection(c)))
        .isEqualTo(
            "{\"fd\":null,\"family\":\"AF_INET6\",\"type\":\"SOCK_DGRAM\","
                + "\"laddr\":{\"ip\":\"::\",\"port\":5353},\"raddr\":null,"
                + "\"status\":\"NONE\",\"pid\":null}");
  }

  @Test
  void unixConnectionAddressesArePathStrings() {
    Connection c =
        new Connection(
            OptionalInt.of(3),
            AddressFamily.UNIX,
            SocketType.SEQPACKET,
            Optional.of(new Endpoint.Unix("@/tmp/.X11-unix/X0")),
            Optional.of(new Endpoint.Unix("")),
            ConnectionStatus.NONE,
            OptionalInt.of(1));
    assertThat(json(JsonRecords.connection(c)))
        .isEqualTo(
            "{\"fd\":3,\"family\":\"AF_UNIX\",\"type\":\"SOCK_SEQPACKET\","
                + "\"laddr\":\"@/tmp/.X11-unix/X0\",\"raddr\":\"\","
                + "\"status\":\"NONE\",\"pid\":1}");
  }

  @Test
  void nicStatsUsePsutilDuplexNameFlagsStringAndNullForUnknownSpeed() {
    NicStats up =
        new NicStats(
            true,
            NicDuplex.FULL,
            OptionalInt.of(1000),
            1500,
            List.of("up", "broadcast", "running", "multicast"));
    assertThat(json(JsonRecords.nicStats(up)))
        .isEqualTo(
            "{\"isup\":true,\"duplex\":\"NIC_DUPLEX_FULL\",\"speed\":1000,\"mtu\":1500,"
                + "\"flags\":\"up,broadcast,running,multicast\"}");
    NicStats lo = new NicStats(false, NicDuplex.UNKNOWN, OptionalInt.empty(), 65536, List.of());
    assertThat(json(JsonRecords.nicStats(lo)))
        .isEqualTo(
            "{\"isup\":false,\"duplex\":\"NIC_DUPLEX_UNKNOWN\",\"speed\":null,\"mtu\":65536,"
                + "\"flags\":\"\"}");
  }

  @Test
  void nicAddressKeepsAbsentFieldsAsNull() {
    NicAddress a =
        new NicAddress(
            AddressFamily.INET,
            Optional.of("192.168.1.2"),
            Optional.of("255.255.255.0"),
            Optional.of("192.168.1.255"),
            Optional.empty());
    assertThat(json(JsonRecords.nicAddress(a)))
        .isEqualTo(
            "{\"family\":\"AF_INET\",\"address\":\"192.168.1.2\",\"netmask\":\"255.255.255.0\","
                + "\"broadcast\":\"192.168.1.255\",\"ptp\":null}");
    NicAddress unspec =
        new NicAddress(
            AddressFamily.UNSPEC,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(json(JsonRecords.nicAddress(unspec)))
        .isEqualTo(
            "{\"family\":\"AF_UNSPEC\",\"address\":null,\"netmask\":null,\"broadcast\":null,"
                + "\"ptp\":null}");
    assertThat(
            json(
                JsonRecords.nicAddress(
                    new NicAddress(
                        AddressFamily.LINK,
                        Optional.of("52:54:00:12:34:56"),
                        Optional.empty(),
                        Optional.of("ff:ff:ff:ff:ff:ff"),
                        Optional.empty()))))
        .startsWith("{\"family\":\"AF_LINK\",");
  }

  @Test
  void batterySecsleftIsPsutilsInt() {
    Battery known =
        new Battery(84.95, BatteryTime.KNOWN, OptionalLong.of(7891), Optional.of(false));
    assertThat(json(JsonRecords.battery(known)))
        .isEqualTo("{\"percent\":84.95,\"secsleft\":7891,\"power_plugged\":false}");
    Battery ac = new Battery(100, BatteryTime.UNLIMITED, OptionalLong.empty(), Optional.of(true));
    assertThat(json(JsonRecords.battery(ac)))
        .isEqualTo("{\"percent\":100.0,\"secsleft\":-2,\"power_plugged\":true}");
    Battery unknown = new Battery(50, BatteryTime.UNKNOWN, OptionalLong.empty(), Optional.empty());
    assertThat(json(JsonRecords.battery(unknown)))
        .isEqualTo("{\"percent\":50.0,\"secsleft\":-1,\"power_plugged\":null}");
  }

  @Test
  void userStartedIsFloatEpochSeconds() {
    User u =
        new User(
            "root",
            Optional.of("pts/0"),
            Optional.of("10.0.2.2"),
            Instant.ofEpochSecond(1_490_478_240L, 500_000_000),
            OptionalInt.of(1234));
    assertThat(json(JsonRecords.user(u)))
        .isEqualTo(
            "{\"name\":\"root\",\"terminal\":\"pts/0\",\"host\":\"10.0.2.2\","
                + "\"started\":1490478240.5,\"pid\":1234}");
    User bare =
        new User("x", Optional.empty(), Optional.empty(), Instant.EPOCH, OptionalInt.empty());
    assertThat(json(JsonRecords.user(bare)))
        .isEqualTo("{\"name\":\"x\",\"terminal\":null,\"host\":null,\"started\":0.0,\"pid\":null}");
  }

  @Test
  void cpuRecords() {
    assertThat(
            json(
                JsonRecords.cpuFreq(
                    new CpuFreq(2400.5, OptionalDouble.of(800), OptionalDouble.empty()))))
        .isEqualTo("{\"current\":2400.5,\"min\":800.0,\"max\":null}");
    assertThat(json(JsonRecords.cpuStats(new CpuStats(1, 2, 3, 0))))
        .isEqualTo("{\"ctx_switches\":1,\"interrupts\":2,\"soft_interrupts\":3,\"syscalls\":0}");
    assertThat(json(JsonRecords.loadAverage(new LoadAverage(0.5, 1.25, 2))))
        .isEqualTo("[0.5,1.25,2.0]");
  }

  @Test
  void memoryAndDiskRecords() {
    assertThat(json(JsonRecords.swapMemory(new SwapMemory(2048, 1024, 1024, 50.0, 4096, 0))))
        .isEqualTo(
            "{\"total\":2048,\"used\":1024,\"free\":1024,\"percent\":50.0,\"sin\":4096,"
                + "\"sout\":0}");
    assertThat(json(JsonRecords.diskUsage(new DiskUsage(100, 40, 50, 44.4))))
        .isEqualTo("{\"total\":100,\"used\":40,\"free\":50,\"percent\":44.4}");
    assertThat(
            json(
                JsonRecords.diskPartition(
                    new DiskPartition("/dev/sda1", "/", "ext4", "rw,relatime"))))
        .isEqualTo(
            "{\"device\":\"/dev/sda1\",\"mountpoint\":\"/\",\"fstype\":\"ext4\","
                + "\"opts\":\"rw,relatime\"}");
  }

  @Test
  void sensorRecords() {
    assertThat(
            json(
                JsonRecords.temperature(
                    new Temperature(
                        "Core 0", 61.0, OptionalDouble.of(87), OptionalDouble.empty()))))
        .isEqualTo("{\"label\":\"Core 0\",\"current\":61.0,\"high\":87.0,\"critical\":null}");
    assertThat(json(JsonRecords.fan(new Fan("", 3500))))
        .isEqualTo("{\"label\":\"\",\"current\":3500}");
  }

  @Test
  void listAndMapHelpersKeepOrder() {
    Map<String, Integer> in = new LinkedHashMap<>();
    in.put("z", 1);
    in.put("a", 2);
    assertThat(json(JsonRecords.map(in, v -> v * 10))).isEqualTo("{\"z\":10,\"a\":20}");
    assertThat(json(JsonRecords.list(List.of(3, 1, 2), v -> v + 1))).isEqualTo("[4,2,3]");
  }
}
