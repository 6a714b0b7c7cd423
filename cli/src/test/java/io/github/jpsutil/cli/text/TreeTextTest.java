package io.github.jpsutil.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TreeTextTest {

  @Test
  void rendersNestedMapsListsAndScalars() {
    Map<String, Object> conn = new LinkedHashMap<>();
    conn.put("fd", OptionalInt.empty());
    conn.put("laddr", Map.of("ip", "127.0.0.1"));
    conn.put("raddr", "");
    Map<String, Object> system = new LinkedHashMap<>();
    system.put("cpu_times", new LinkedHashMap<>(Map.of("user", 1.5)));
    system.put("getloadavg", List.of(0.25, 1.0, 2.0));
    system.put("net_connections", List.of(conn));
    system.put("sensors_battery", Optional.empty());
    system.put("pids", List.of());
    system.put("users", Map.of());
    system.put("boot_time", 1.7e9);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("system", system);

    assertThat(TreeText.render(doc))
        .isEqualTo(
            String.join(
                "\n",
                "system:",
                "  cpu_times:",
                "    user: 1.5",
                "  getloadavg: [0.25, 1.0, 2.0]",
                "  net_connections:",
                "    - fd: None, laddr: {ip: 127.0.0.1}, raddr: ''",
                "  sensors_battery: None",
                "  pids: []",
                "  users: {}",
                "  boot_time: 1700000000.0",
                ""));
  }
}
