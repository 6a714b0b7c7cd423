package io.github.jpsutil.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The names Prometheus sees, and the UCUM units an OTLP registry gets with {@link UcumUnits}. */
class UnitsAndNamesTest {
  @Test
  @EnabledOnOs(OS.LINUX)
  void prometheusNamesEndInTheBaseUnitAsTheOtelTranslationDoes() {
    PrometheusMeterRegistry r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (JpsutilMetrics m =
        JpsutilMetrics.builder()
            .processes(ProcessSelection.builder().self().build())
            .maxSampleAge(Duration.ofHours(1))
            .build()) {
      m.bindTo(r);
      Set<String> names = new TreeSet<>();
      Matcher type = Pattern.compile("(?m)^# TYPE (\\S+) (\\S+)$").matcher(r.scrape());
      while (type.find()) {
        names.add(type.group(1) + " " + type.group(2));
      }
      assertThat(names)
          .contains(
              "system_cpu_time_seconds_total counter",
              "system_cpu_utilization gauge",
              "system_cpu_logical_count gauge",
              "system_memory_usage_bytes gauge",
              "system_memory_utilization gauge",
              "system_memory_limit_bytes gauge",
              "system_paging_usage_bytes gauge",
              "system_paging_operations_total counter",
              "system_disk_io_bytes_total counter",
              "system_disk_operations_total counter",
              "system_disk_io_time_seconds_total counter",
              "system_disk_operation_time_seconds_total counter",
              "system_filesystem_usage_bytes gauge",
              "system_filesystem_utilization gauge",
              "system_network_io_bytes_total counter",
              "system_network_packets_total counter",
              "system_network_errors_total counter",
              "system_network_dropped_total counter",
              "system_network_connections gauge",
              "system_process_count gauge",
              "system_uptime_seconds gauge",
              "process_cpu_time_seconds_total counter",
              "process_cpu_utilization gauge",
              "process_memory_usage_bytes gauge",
              "process_memory_virtual_bytes gauge",
              "process_disk_io_bytes_total counter",
              "process_open_file_descriptor_count gauge",
              "process_thread_count gauge",
              "process_context_switches_total counter");
      assertThat(r.scrape()).contains("process_pid=\"" + ProcessHandle.current().pid() + "\"");
    }
  }

  @Test
  void temperaturesAreCelsiusForPrometheus() {
    PrometheusMeterRegistry r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    MeterSink sink = new MeterSink(() -> {});
    sink.bind(r);
    sink.add(
        MeterDef.of(
            Metric.TEMPERATURE,
            () -> 41.5,
            "hw.id",
            "coretemp_0",
            "hw.name",
            "Core 0",
            "hw.parent",
            "coretemp"));
    assertThat(r.scrape())
        .contains("# TYPE hw_temperature_celsius gauge")
        .contains(
            "hw_temperature_celsius{hw_id=\"coretemp_0\",hw_name=\"Core 0\",hw_parent=\"coretemp\"}"
                + " 41.5");
  }

  @Test
  void ucumUnitsReplaceMicrometersBaseUnitsOfJpsutilsMetersOnly() {
    SimpleMeterRegistry r = new SimpleMeterRegistry();
    r.config().meterFilter(UcumUnits.filter());
    MeterSink sink = new MeterSink(() -> {});
    sink.bind(r);
    sink.add(MeterDef.of(Metric.MEMORY_USAGE, () -> 1, "state", "used"));
    sink.add(MeterDef.of(Metric.CPU_TIME, () -> 1, "cpu", "cpu0", "state", "user"));
    sink.add(MeterDef.of(Metric.DISK_OPERATIONS, () -> 1, "device", "a", "direction", "read"));
    sink.add(MeterDef.of(Metric.CPU_UTILIZATION, () -> 1, "cpu", "cpu0", "state", "user"));
    sink.add(MeterDef.of(Metric.TEMPERATURE, () -> 1, "hw.id", "x"));
    // Micrometer's own process.cpu.time is in ns: same name, not ours, left alone.
    FunctionCounter.builder("process.cpu.time", this, x -> 1).baseUnit("ns").register(r);
    assertThat(unit(r, "system.memory.usage")).isEqualTo("By");
    assertThat(unit(r, "system.cpu.time")).isEqualTo("s");
    assertThat(unit(r, "system.disk.operations")).isEqualTo("{operation}");
    assertThat(unit(r, "system.cpu.utilization")).isEqualTo("1");
    assertThat(unit(r, "hw.temperature")).isEqualTo("Cel");
    assertThat(unit(r, "process.cpu.time")).isEqualTo("ns");
  }

  private static String unit(SimpleMeterRegistry r, String name) {
    Meter m = r.get(name).meter();
    return m.getId().getBaseUnit();
  }
}
