package io.github.jpsutil.metrics;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.CgroupCpu;
import io.github.jpsutil.api.CgroupIo;
import io.github.jpsutil.api.CgroupMemory;
import io.github.jpsutil.api.CgroupPids;
import io.github.jpsutil.api.CgroupResources;
import io.github.jpsutil.api.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The {@code container.*} meters of the cgroup this JVM runs in, from one {@code
 * containers().current()} per refresh. A meter whose value the cgroup lacks (no limit, controller
 * not mounted, counter not provided by this kernel) reads NaN rather than a made-up 0.
 */
final class ContainerGroup extends Group<CgroupResources> {
  private static final double NANOS = 1e9;

  private final Psutil psutil;
  private final MeterSink sink;
  private boolean registered;

  ContainerGroup(Psutil psutil, MeterSink sink) {
    this.psutil = psutil;
    this.sink = sink;
  }

  static boolean supported(Psutil p) {
    return p.supports(Feature.CGROUP_RESOURCES) && p.supports(Feature.PROC_CGROUP);
  }

  @Override
  String name() {
    return "container";
  }

  @Override
  CgroupResources read(CgroupResources previous) {
    return psutil.containers().current();
  }

  @Override
  void sync(CgroupResources sample) {
    if (registered) {
      return;
    }
    registered = true;
    List<MeterDef> defs = new ArrayList<>();
    defs.add(
        MeterDef.of(
            Metric.CONTAINER_CPU_TIME, () -> cpu(c -> nanos(c.userNanos())), "cpu.mode", "user"));
    defs.add(
        MeterDef.of(
            Metric.CONTAINER_CPU_TIME,
            () -> cpu(c -> nanos(c.systemNanos())),
            "cpu.mode",
            "system"));
    defs.add(MeterDef.of(Metric.CONTAINER_CPU_LIMIT, () -> cpu(c -> of(c.effectiveCpus()))));
    defs.add(
        MeterDef.of(
            Metric.CONTAINER_CPU_THROTTLED_TIME, () -> cpu(c -> nanos(c.throttledNanos()))));
    defs.add(MeterDef.of(Metric.CONTAINER_MEMORY_USAGE, () -> memory(m -> (double) m.usage())));
    defs.add(MeterDef.of(Metric.CONTAINER_MEMORY_LIMIT, () -> memory(m -> of(m.limit()))));
    defs.add(MeterDef.of(Metric.CONTAINER_MEMORY_OOM_KILLS, () -> memory(m -> of(m.oomKills()))));
    defs.add(MeterDef.of(Metric.CONTAINER_PIDS_COUNT, () -> pids(p -> (double) p.current())));
    defs.add(MeterDef.of(Metric.CONTAINER_PIDS_LIMIT, () -> pids(p -> of(p.limit()))));
    defs.add(
        MeterDef.of(
            Metric.CONTAINER_DISK_IO,
            () -> io(i -> (double) i.readBytes()),
            "disk.io.direction",
            "read"));
    defs.add(
        MeterDef.of(
            Metric.CONTAINER_DISK_IO,
            () -> io(i -> (double) i.writeBytes()),
            "disk.io.direction",
            "write"));
    sink.addAll(defs);
  }

  private double cpu(Function<CgroupCpu, Double> f) {
    return value(part(r -> r.cpu().map(f)));
  }

  private double memory(Function<CgroupMemory, Double> f) {
    return value(part(r -> r.memory().map(f)));
  }

  private double pids(Function<CgroupPids, Double> f) {
    return value(part(r -> r.pids().map(f)));
  }

  private double io(Function<CgroupIo, Double> f) {
    return value(part(r -> r.io().map(f)));
  }

  private static ToDoubleFunction<CgroupResources> part(
      Function<CgroupResources, java.util.Optional<Double>> f) {
    return r -> f.apply(r).orElse(Double.NaN);
  }

  private static double nanos(OptionalLong n) {
    return n.isPresent() ? n.getAsLong() / NANOS : Double.NaN;
  }

  private static double of(OptionalLong n) {
    return n.isPresent() ? n.getAsLong() : Double.NaN;
  }

  private static double of(OptionalDouble n) {
    return n.isPresent() ? n.getAsDouble() : Double.NaN;
  }
}
