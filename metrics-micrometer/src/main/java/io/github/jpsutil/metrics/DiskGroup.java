package io.github.jpsutil.metrics;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Per-device disk counters from one {@code perDiskIoCounters()} per refresh (whole disks and
 * partitions, as psutil lists them; never wrapping): {@code system.disk.io} (bytes), {@code
 * system.disk.operations} and {@code system.disk.operation_time} by {@code direction} read/write;
 * where the OS has them, {@code system.disk.io_time} (psutil's {@code busy_time}) and {@code
 * system.disk.merged}. psutil's times are milliseconds; the meters are seconds.
 */
final class DiskGroup extends Group<Map<String, DiskIoCounters>> {
  private final Psutil psutil;
  private final KeyedMeters<String> devices;

  DiskGroup(Psutil psutil, MeterSink sink) {
    this.psutil = psutil;
    this.devices = new KeyedMeters<>(sink);
  }

  static boolean supported(Psutil p) {
    return p.supports(Feature.DISK_IO_COUNTERS);
  }

  @Override
  String name() {
    return "disk";
  }

  @Override
  Map<String, DiskIoCounters> read(Map<String, DiskIoCounters> previous) {
    return psutil.perDiskIoCounters();
  }

  @Override
  void sync(Map<String, DiskIoCounters> sample) {
    devices.sync(sample.keySet(), device -> define(device, sample.get(device).asMap()));
  }

  private List<MeterDef> define(String device, Map<String, Long> fields) {
    List<MeterDef> defs = new ArrayList<>();
    for (String dir : List.of("read", "write")) {
      defs.add(counter(Metric.DISK_IO, device, dir + "_bytes", 1, dir));
      defs.add(counter(Metric.DISK_OPERATIONS, device, dir + "_count", 1, dir));
      if (fields.containsKey(dir + "_time")) {
        defs.add(counter(Metric.DISK_OPERATION_TIME, device, dir + "_time", 1e-3, dir));
      }
      if (fields.containsKey(dir + "_merged_count")) {
        defs.add(counter(Metric.DISK_MERGED, device, dir + "_merged_count", 1, dir));
      }
    }
    if (fields.containsKey("busy_time")) {
      defs.add(
          MeterDef.of(
              Metric.DISK_IO_TIME,
              () -> value(s -> field(s, device, "busy_time") * 1e-3),
              "device",
              device));
    }
    return defs;
  }

  private MeterDef counter(Metric metric, String device, String field, double scale, String dir) {
    return MeterDef.of(
        metric,
        () -> value(s -> field(s, device, field) * scale),
        "device",
        device,
        "direction",
        dir);
  }

  private static double field(Map<String, DiskIoCounters> sample, String device, String field) {
    DiskIoCounters c = sample.get(device);
    Long v = c == null ? null : c.asMap().get(field);
    return v == null ? Double.NaN : v;
  }
}
