package io.github.jpsutil.benchmarks;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.metrics.JpsutilMetrics;
import io.github.jpsutil.metrics.ProcessSelection;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a Prometheus scrape of {@code jpsutil serve} does: every system family plus the per-process
 * meters of the 50 processes with the most CPU, bound to a Prometheus registry.
 */
@State(Scope.Thread)
public class MetricsScrapeState {
  JpsutilMetrics metrics;
  PrometheusMeterRegistry registry;

  @Setup
  public void setUp() {
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    metrics =
        JpsutilMetrics.builder()
            .psutil(Psutil.local())
            .processes(ProcessSelection.builder().topByCpu(50).build())
            .build();
    metrics.bindTo(registry);
  }

  @TearDown
  public void tearDown() {
    metrics.close();
    registry.close();
  }
}
