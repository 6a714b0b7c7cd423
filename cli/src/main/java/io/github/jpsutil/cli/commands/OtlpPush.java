package io.github.jpsutil.cli.commands;

import io.github.jpsutil.metrics.UcumUnits;
import io.micrometer.core.instrument.Clock;
import io.micrometer.registry.otlp.OtlpConfig;
import io.micrometer.registry.otlp.OtlpMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The OTLP registry of {@code jpsutil serve --otlp}: pushes every step to an OTLP/HTTP endpoint (an
 * OpenTelemetry Collector's {@code otlp} receiver, port 4318), with the conventions' UCUM units.
 */
final class OtlpPush {
  private OtlpPush() {}

  /**
   * A registry pushing to {@code url} every {@code step}. The resource attributes come from
   * OTEL_RESOURCE_ATTRIBUTES and OTEL_SERVICE_NAME as usual; without a service name it is {@code
   * jpsutil}.
   */
  static OtlpMeterRegistry registry(URI url, Duration step) {
    OtlpConfig config =
        new OtlpConfig() {
          @Override
          public String get(String key) {
            return null;
          }

          @Override
          public String url() {
            return url.toString();
          }

          @Override
          public Duration step() {
            return step;
          }

          @Override
          public Map<String, String> resourceAttributes() {
            Map<String, String> attrs = new HashMap<>(OtlpConfig.super.resourceAttributes());
            if ("unknown_service".equals(attrs.get("service.name"))
                || !attrs.containsKey("service.name")) {
              attrs.put("service.name", "jpsutil");
            }
            return attrs;
          }
        };
    OtlpMeterRegistry registry = new OtlpMeterRegistry(config, Clock.SYSTEM);
    registry.config().meterFilter(UcumUnits.filter());
    return registry;
  }
}
