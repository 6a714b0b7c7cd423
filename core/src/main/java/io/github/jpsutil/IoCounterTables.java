package io.github.jpsutil;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.spi.Backend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Disk and network counters with psutil's {@code nowrap} correction, per disk/NIC and summed. The
 * system-wide disk total sums whole disks only, so partitions are not counted twice
 * (psutil/_pslinux.py {@code disk_io_counters}).
 */
final class IoCounterTables {
  private final Backend backend;
  private final WrapCounters diskWrap = new WrapCounters();
  private final WrapCounters netWrap = new WrapCounters();

  IoCounterTables(Backend backend) {
    this.backend = backend;
  }

  Map<String, DiskIoCounters> perDisk(boolean nowrap) {
    if (!nowrap) {
      return sorted(backend.disks().ioCounters());
    }
    // Read and correct under one lock: a table read before another thread's but corrected after
    // it looks like a decrease and would add a bogus offset, doubling the counters (found by the
    // reliability suite's ConcurrencyTest; psutil reads outside its lock and has the same race).
    synchronized (diskWrap) {
      Map<String, DiskIoCounters> raw = backend.disks().ioCounters();
      return corrected(raw, diskWrap, DiskIoCounters::asMap, DiskIoCounters::withValues);
    }
  }

  Optional<DiskIoCounters> diskTotal(boolean nowrap) {
    Map<String, DiskIoCounters> all = perDisk(nowrap);
    Set<String> whole = backend.disks().wholeDisks();
    List<DiskIoCounters> disks = new ArrayList<>();
    all.forEach(
        (name, c) -> {
          if (whole.contains(name)) {
            disks.add(c);
          }
        });
    return sum(disks, DiskIoCounters::asMap).map(v -> disks.get(0).withValues(v));
  }

  Map<String, NetIoCounters> perNic(boolean nowrap) {
    if (!nowrap) {
      return sorted(backend.network().ioCounters());
    }
    synchronized (netWrap) { // see perDisk
      Map<String, NetIoCounters> raw = backend.network().ioCounters();
      return corrected(raw, netWrap, NetIoCounters::asMap, NetIoCounters::withValues);
    }
  }

  Optional<NetIoCounters> netTotal(boolean nowrap) {
    List<NetIoCounters> nics = new ArrayList<>(perNic(nowrap).values());
    return sum(nics, NetIoCounters::asMap).map(v -> nics.get(0).withValues(v));
  }

  void clearDisks() {
    diskWrap.clear();
  }

  void clearNics() {
    netWrap.clear();
  }

  private static <T> Map<String, T> corrected(
      Map<String, T> raw,
      WrapCounters wrap,
      java.util.function.Function<T, Map<String, Long>> values,
      java.util.function.BiFunction<T, List<Long>, T> rebuild) {
    Map<String, List<Long>> rawValues = new LinkedHashMap<>();
    raw.forEach((k, v) -> rawValues.put(k, new ArrayList<>(values.apply(v).values())));
    Map<String, List<Long>> fixed = wrap.correct(rawValues);
    Map<String, T> out = new TreeMap<>();
    raw.forEach((k, v) -> out.put(k, rebuild.apply(v, fixed.get(k))));
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(out));
  }

  private static <T> Map<String, T> sorted(Map<String, T> raw) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(raw)));
  }

  private static <T> Optional<List<Long>> sum(
      List<T> items, java.util.function.Function<T, Map<String, Long>> values) {
    if (items.isEmpty()) {
      return Optional.empty();
    }
    long[] total = null;
    for (T item : items) {
      List<Long> v = new ArrayList<>(values.apply(item).values());
      if (total == null) {
        total = new long[v.size()];
      }
      for (int i = 0; i < v.size(); i++) {
        total[i] += v.get(i);
      }
    }
    List<Long> out = new ArrayList<>(total.length);
    for (long t : total) {
      out.add(t);
    }
    return Optional.of(out);
  }
}
