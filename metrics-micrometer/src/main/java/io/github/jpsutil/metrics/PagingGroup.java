package io.github.jpsutil.metrics;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.api.SwapMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code system.paging.usage} by state ({@code used}, {@code free}) and {@code
 * system.paging.operations} ({@code direction} in/out, {@code type} major: swap-ins and swap-outs
 * are major page faults' disk I/O), from one {@code swapMemory()} per refresh.
 */
final class PagingGroup extends Group<SwapMemory> {
  private final Psutil psutil;
  private final MeterSink sink;
  private final OptionalInt pageBytes;
  private boolean registered;

  PagingGroup(Psutil psutil, MeterSink sink) {
    this.psutil = psutil;
    this.sink = sink;
    this.pageBytes = swapPageBytes(psutil.os());
  }

  static boolean supported(Psutil p) {
    return p.supports(Feature.SWAP_MEMORY);
  }

  /**
   * What psutil multiplied the swap page counts by to give {@code sin}/{@code sout} in bytes, where
   * that is a fixed number: on Linux psutil reads {@code pswpin}/{@code pswpout} of {@code
   * /proc/vmstat} and multiplies by 4096 whatever the page size (see {@link SwapMemory}), so
   * dividing gives back the page count exactly. Elsewhere the factor is the OS page size or the
   * counters are always 0 (Windows), so no operation count is published rather than a wrong one.
   */
  static OptionalInt swapPageBytes(OperatingSystem os) {
    return os == OperatingSystem.LINUX ? OptionalInt.of(4096) : OptionalInt.empty();
  }

  @Override
  String name() {
    return "paging";
  }

  @Override
  SwapMemory read(SwapMemory previous) {
    return psutil.swapMemory();
  }

  @Override
  void sync(SwapMemory sample) {
    if (registered) {
      return;
    }
    registered = true;
    List<MeterDef> defs = new ArrayList<>();
    defs.add(MeterDef.of(Metric.PAGING_USAGE, () -> value(SwapMemory::used), "state", "used"));
    defs.add(MeterDef.of(Metric.PAGING_USAGE, () -> value(SwapMemory::free), "state", "free"));
    if (pageBytes.isPresent()) {
      double page = pageBytes.getAsInt();
      defs.add(
          MeterDef.of(
              Metric.PAGING_OPERATIONS,
              () -> value(s -> s.sin() / page),
              "direction",
              "in",
              "type",
              "major"));
      defs.add(
          MeterDef.of(
              Metric.PAGING_OPERATIONS,
              () -> value(s -> s.sout() / page),
              "direction",
              "out",
              "type",
              "major"));
    }
    sink.addAll(defs);
  }
}
