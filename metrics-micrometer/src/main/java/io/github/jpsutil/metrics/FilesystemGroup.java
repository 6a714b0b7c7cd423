package io.github.jpsutil.metrics;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.Feature;
import java.lang.System.Logger.Level;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * {@code system.filesystem.usage} by {@code state} ({@code used}, {@code free}, {@code reserved})
 * and {@code system.filesystem.utilization}, for each filesystem of {@code diskPartitions()}
 * (physical devices, as psutil's default), with attributes {@code device}, {@code mountpoint},
 * {@code type} and {@code mode} ({@code ro}/{@code rw}).
 *
 * <p>{@code free} is psutil's: what unprivileged users may still use; {@code reserved} is the rest
 * ({@code total - used - free}, the root reserve), so the three add up to the size. Utilization is
 * psutil's and df's {@code used / (used + free)}, unrounded. A filesystem whose usage cannot be
 * read (unmounted meanwhile, permission) is left out of that sample and the failure is logged.
 */
final class FilesystemGroup extends Group<Map<String, FilesystemGroup.Fs>> {
  /** One mounted filesystem and its usage. */
  record Fs(DiskPartition partition, DiskUsage usage) {}

  private static final System.Logger LOG = System.getLogger(JpsutilMetrics.class.getName());

  private final Psutil psutil;
  private final KeyedMeters<DiskPartition> mounts;
  private final Set<String> failureLogged = new HashSet<>();

  FilesystemGroup(Psutil psutil, MeterSink sink) {
    this.psutil = psutil;
    this.mounts = new KeyedMeters<>(sink);
  }

  static boolean supported(Psutil p) {
    return p.supports(Feature.DISK_PARTITIONS) && p.supports(Feature.DISK_USAGE);
  }

  @Override
  String name() {
    return "filesystem";
  }

  @Override
  Map<String, Fs> read(Map<String, Fs> previous) {
    Map<String, Fs> out = new LinkedHashMap<>();
    for (DiskPartition part : psutil.diskPartitions()) {
      try {
        out.put(part.mountpoint(), new Fs(part, psutil.diskUsage(part.mountpoint())));
      } catch (RuntimeException e) {
        if (failureLogged.add(part.mountpoint())) {
          LOG.log(Level.WARNING, "jpsutil metrics: no usage for " + part.mountpoint(), e);
        }
      }
    }
    return out;
  }

  @Override
  void sync(Map<String, Fs> sample) {
    // Keyed by the whole partition: a remount with another device, type or mode gets new series.
    mounts.sync(sample.values().stream().map(Fs::partition).toList(), this::define);
  }

  private List<MeterDef> define(DiskPartition p) {
    String[] tags = {
      "device", p.device(), "mountpoint", p.mountpoint(), "type", p.fstype(), "mode", mode(p)
    };
    return List.of(
        usage(p, tags, "used", u -> u.used()),
        usage(p, tags, "free", u -> u.free()),
        usage(p, tags, "reserved", u -> u.total() - u.used() - u.free()),
        MeterDef.of(
            Metric.FILESYSTEM_UTILIZATION,
            () -> value(s -> of(s, p, u -> (double) u.used() / (u.used() + u.free()))),
            tags));
  }

  private MeterDef usage(
      DiskPartition p, String[] tags, String state, ToDoubleFunction<DiskUsage> f) {
    String[] withState = java.util.Arrays.copyOf(tags, tags.length + 2);
    withState[tags.length] = "state";
    withState[tags.length + 1] = state;
    return MeterDef.of(Metric.FILESYSTEM_USAGE, () -> value(s -> of(s, p, f)), withState);
  }

  private static double of(Map<String, Fs> sample, DiskPartition p, ToDoubleFunction<DiskUsage> f) {
    Fs fs = sample.get(p.mountpoint());
    return fs == null || !fs.partition().equals(p) ? Double.NaN : f.applyAsDouble(fs.usage());
  }

  /** {@code ro} when mounted read-only, else {@code rw}. */
  static String mode(DiskPartition p) {
    return p.optsList().contains("ro") ? "ro" : "rw";
  }
}
