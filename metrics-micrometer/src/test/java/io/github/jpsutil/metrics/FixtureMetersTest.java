package io.github.jpsutil.metrics;

import static io.github.jpsutil.metrics.MeterValues.all;
import static io.github.jpsutil.metrics.MeterValues.tagKeys;
import static io.github.jpsutil.metrics.MeterValues.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Temperature;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Meters over recorded trees instead of this machine: exact values where the live machine has
 * nothing to show (this VM has no temperature sensors) or where a file must disappear.
 */
@EnabledOnOs(OS.LINUX)
class FixtureMetersTest {
  @Test
  void temperaturesAreJpsutilsSensorsUnderTheHardwareConventions() throws Exception {
    Psutil p = Psutil.builder().sysfs(fixture("sensors-desktop/sys")).build();
    SimpleMeterRegistry r = new SimpleMeterRegistry();
    try (JpsutilMetrics m =
        JpsutilMetrics.builder().psutil(p).groups(List.of(MetricGroup.TEMPERATURE)).build()) {
      m.bindTo(r);
      Map<String, List<Temperature>> temps = p.sensorsTemperatures();
      int sensors = 0;
      int limits = 0;
      for (Map.Entry<String, List<Temperature>> chip : temps.entrySet()) {
        for (int i = 0; i < chip.getValue().size(); i++) {
          Temperature t = chip.getValue().get(i);
          String id = chip.getKey() + "_" + i;
          String name = t.label().isEmpty() ? chip.getKey() : t.label();
          String[] tags = {"hw.id", id, "hw.name", name, "hw.parent", chip.getKey()};
          assertThat(value(r, "hw.temperature", tags)).as(id).isEqualTo(t.current());
          sensors++;
          if (t.high().isPresent()) {
            assertThat(value(r, "hw.temperature.limit", with(tags, "high.degraded")))
                .isEqualTo(t.high().getAsDouble());
            limits++;
          }
          if (t.critical().isPresent()) {
            assertThat(value(r, "hw.temperature.limit", with(tags, "high.critical")))
                .isEqualTo(t.critical().getAsDouble());
            limits++;
          }
        }
      }
      // The fixture: acpitz 1, coretemp 4, amdgpu 1, nct6775 2 (one without thresholds), nvme 1.
      assertThat(sensors).isEqualTo(9);
      assertThat(all(r, "hw.temperature")).hasSize(sensors);
      assertThat(all(r, "hw.temperature.limit")).hasSize(limits).hasSize(16);
      assertThat(value(r, "hw.temperature", "hw.id", "coretemp_1")).isEqualTo(41.0);
      assertThat(value(r, "hw.temperature", "hw.name", "CPUTIN")).isEqualTo(-1.5);
      assertThat(tagKeys(r, "hw.temperature.limit"))
          .containsExactly("hw.id", "hw.limit_type", "hw.name", "hw.parent");
    }
  }

  @Test
  void aFamilyThatCannotBeReadReadsNanNotItsOldValue(@TempDir Path proc) throws IOException {
    Path meminfo = proc.resolve("meminfo");
    Files.copy(Path.of("/proc/meminfo"), meminfo);
    Psutil p = Psutil.builder().procfs(proc).build();
    SimpleMeterRegistry r = new SimpleMeterRegistry();
    try (JpsutilMetrics m =
        JpsutilMetrics.builder()
            .psutil(p)
            .groups(List.of(MetricGroup.MEMORY))
            .maxSampleAge(Duration.ofHours(1))
            .build()) {
      m.bindTo(r);
      double total = p.virtualMemory().total();
      assertThat(value(r, "system.memory.limit")).isEqualTo(total);

      Files.delete(meminfo);
      m.refresh();
      assertThat(value(r, "system.memory.limit")).isNaN();
      assertThat(value(r, "system.memory.usage", "state", "used")).isNaN();

      Files.copy(Path.of("/proc/meminfo"), meminfo);
      m.refresh();
      assertThat(value(r, "system.memory.limit")).isEqualTo(total);
    }
  }

  private static String[] with(String[] tags, String limitType) {
    String[] out = java.util.Arrays.copyOf(tags, tags.length + 2);
    out[tags.length] = "hw.limit_type";
    out[tags.length + 1] = limitType;
    return out;
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(FixtureMetersTest.class.getResource("/fixtures/linux/" + name).toURI());
  }
}
