package io.github.jpsutil.metrics;

import static io.github.jpsutil.metrics.MeterValues.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Registration in several registries, removal, closing, and when a meter read resamples. */
class BinderLifecycleTest {
  @Test
  void aDefinitionIsRegisteredInEveryRegistryWhicheverCameFirstAndRemovedFromAll() {
    AtomicInteger reads = new AtomicInteger();
    MeterSink sink = new MeterSink(reads::incrementAndGet);
    SimpleMeterRegistry a = new SimpleMeterRegistry();
    SimpleMeterRegistry b = new SimpleMeterRegistry();
    sink.bind(a);
    MeterDef def = MeterDef.of(Metric.UPTIME, () -> 42.0);
    sink.add(def);
    sink.bind(b);
    sink.bind(b); // twice: still one meter
    assertThat(value(a, "system.uptime")).isEqualTo(42.0);
    assertThat(value(b, "system.uptime")).isEqualTo(42.0);
    assertThat(b.getMeters()).hasSize(1);
    assertThat(reads.get()).isEqualTo(2);
    sink.remove(def);
    assertThat(a.getMeters()).isEmpty();
    assertThat(b.getMeters()).isEmpty();
  }

  @Test
  void aValueThatThrowsReadsNanAndDoesNotBreakTheScrape() {
    MeterSink sink = new MeterSink(() -> {});
    PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    sink.bind(prometheus);
    sink.add(
        MeterDef.of(
            Metric.DISK_IO,
            () -> {
              throw new IllegalStateException("unreadable");
            },
            "device",
            "sda",
            "direction",
            "read"));
    sink.add(MeterDef.of(Metric.UPTIME, () -> 7.0));
    FunctionCounter c = prometheus.get("system.disk.io").functionCounter();
    assertThat(c.count()).isNaN();
    assertThat(prometheus.scrape())
        .contains("system_disk_io_bytes_total{device=\"sda\",direction=\"read\"} NaN")
        .contains("system_uptime_seconds 7.0");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void closeRemovesEveryMeterAndABinderClosedCannotBeBound() {
    SimpleMeterRegistry a = new SimpleMeterRegistry();
    SimpleMeterRegistry b = new SimpleMeterRegistry();
    JpsutilMetrics m = JpsutilMetrics.system();
    m.bindTo(a);
    m.bindTo(b);
    assertThat(a.getMeters()).isNotEmpty().hasSameSizeAs(b.getMeters());
    m.close();
    assertThat(a.getMeters()).isEmpty();
    assertThat(b.getMeters()).isEmpty();
    assertThatThrownBy(() -> m.bindTo(a))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("JpsutilMetrics is closed");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aMeterReadResamplesOnlyWhenTheSampleIsOlderThanTheMaximumAge() throws InterruptedException {
    SimpleMeterRegistry pinned = new SimpleMeterRegistry();
    SimpleMeterRegistry fresh = new SimpleMeterRegistry();
    List<MetricGroup> uptime = List.of(MetricGroup.UPTIME);
    try (JpsutilMetrics hour =
            JpsutilMetrics.builder().groups(uptime).maxSampleAge(Duration.ofHours(1)).build();
        JpsutilMetrics ms =
            JpsutilMetrics.builder().groups(uptime).maxSampleAge(Duration.ofMillis(50)).build()) {
      hour.bindTo(pinned);
      ms.bindTo(fresh);
      double pinned0 = value(pinned, "system.uptime");
      double fresh0 = value(fresh, "system.uptime");
      Thread.sleep(600);
      assertThat(value(pinned, "system.uptime")).isEqualTo(pinned0);
      // Sleep is at least 600 ms; allow 0.5 s of scheduling on a loaded machine.
      assertThat(value(fresh, "system.uptime") - fresh0).isCloseTo(0.6, within(0.5));
    }
  }

  @Test
  void badBuilderArgumentsNameTheRange() {
    assertThatThrownBy(() -> JpsutilMetrics.builder().maxSampleAge(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSampleAge must be within 1 ms..1 h, got PT0S");
    assertThatThrownBy(
            () -> JpsutilMetrics.builder().groups(java.util.Arrays.asList((MetricGroup) null)))
        .isInstanceOf(NullPointerException.class);
  }
}
