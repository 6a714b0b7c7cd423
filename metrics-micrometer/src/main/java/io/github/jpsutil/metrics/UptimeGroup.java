package io.github.jpsutil.metrics;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Feature;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code system.uptime}: seconds from {@code bootTime()} to the time of the sample. psutil's boot
 * time follows the wall clock, so a clock step moves the uptime with it.
 */
final class UptimeGroup extends Group<Double> {
  private final Psutil psutil;
  private final MeterSink sink;
  private boolean registered;

  UptimeGroup(Psutil psutil, MeterSink sink) {
    this.psutil = psutil;
    this.sink = sink;
  }

  static boolean supported(Psutil p) {
    return p.supports(Feature.BOOT_TIME);
  }

  @Override
  String name() {
    return "uptime";
  }

  @Override
  Double read(Double previous) {
    Duration up = Duration.between(psutil.bootTime(), Instant.now());
    return up.getSeconds() + up.getNano() / 1e9;
  }

  @Override
  void sync(Double sample) {
    if (!registered) {
      registered = true;
      sink.add(MeterDef.of(Metric.UPTIME, () -> value(s -> s)));
    }
  }
}
