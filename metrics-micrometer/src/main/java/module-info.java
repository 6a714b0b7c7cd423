/**
 * jpsutil's system and process data as Micrometer meters under the OpenTelemetry semantic
 * conventions: {@link io.github.jpsutil.metrics.JpsutilMetrics}.
 */
@SuppressWarnings("requires-transitive-automatic")
module io.github.jpsutil.metrics {
  requires transitive io.github.jpsutil;
  // An automatic module with a stable Automatic-Module-Name; transitive because MeterBinder and
  // MeterRegistry are in this module's API.
  requires transitive micrometer.core;

  exports io.github.jpsutil.metrics;
}
