/**
 * jpsutil's system and process data as Micrometer meters under the OpenTelemetry semantic
 * conventions: {@link io.github.jpsutil.metrics.JpsutilMetrics}.
 */
module io.github.jpsutil.metrics {
  requires transitive io.github.jpsutil;
  requires transitive micrometer.core;

  exports io.github.jpsutil.metrics;
}
