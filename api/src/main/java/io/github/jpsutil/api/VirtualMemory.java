package io.github.jpsutil.api;

import java.util.Map;

/**
 * Physical memory, in bytes (psutil's {@code svmem}). {@code percent = (total - available) / total
 * * 100}, rounded to one decimal. Each nested record adds its OS's fields in psutil's order.
 */
public sealed interface VirtualMemory {
  long total();

  /** Memory that can be given to processes without swapping. */
  long available();

  /** Percent of {@code total} not available, 0–100, one decimal. */
  double percent();

  long used();

  long free();

  /** Every field in psutil's order, keyed by psutil's field name. */
  Map<String, Number> asMap();

  /**
   * Linux, from {@code /proc/meminfo}: {@code used = total - available}, {@code cached = Cached +
   * SReclaimable}, {@code shared = Shmem}.
   */
  record Linux(
      long total,
      long available,
      double percent,
      long used,
      long free,
      long active,
      long inactive,
      long buffers,
      long cached,
      long shared,
      long slab)
      implements VirtualMemory {
    public Linux {
      Check.percent("percent", percent);
    }

    public Map<String, Number> asMap() {
      return Fields.of(
          "total",
          total,
          "available",
          available,
          "percent",
          percent,
          "used",
          used,
          "free",
          free,
          "active",
          active,
          "inactive",
          inactive,
          "buffers",
          buffers,
          "cached",
          cached,
          "shared",
          shared,
          "slab",
          slab);
    }
  }

  /** Windows: {@code free} equals {@code available}; {@code wired} is the non-paged kernel pool. */
  record Windows(
      long total, long available, double percent, long used, long free, long cached, long wired)
      implements VirtualMemory {
    public Map<String, Number> asMap() {
      return Fields.of(
          "total",
          total,
          "available",
          available,
          "percent",
          percent,
          "used",
          used,
          "free",
          free,
          "cached",
          cached,
          "wired",
          wired);
    }
  }

  /** macOS: {@code available = inactive + free}, {@code used = active + wired}. */
  record MacOs(
      long total,
      long available,
      double percent,
      long used,
      long free,
      long active,
      long inactive,
      long wired)
      implements VirtualMemory {
    public Map<String, Number> asMap() {
      return Fields.of(
          "total",
          total,
          "available",
          available,
          "percent",
          percent,
          "used",
          used,
          "free",
          free,
          "active",
          active,
          "inactive",
          inactive,
          "wired",
          wired);
    }
  }

  /** FreeBSD: {@code available = inactive + cached + free}. */
  record FreeBsd(
      long total,
      long available,
      double percent,
      long used,
      long free,
      long active,
      long inactive,
      long buffers,
      long cached,
      long shared,
      long wired)
      implements VirtualMemory {
    public Map<String, Number> asMap() {
      return Fields.of(
          "total",
          total,
          "available",
          available,
          "percent",
          percent,
          "used",
          used,
          "free",
          free,
          "active",
          active,
          "inactive",
          inactive,
          "buffers",
          buffers,
          "cached",
          cached,
          "shared",
          shared,
          "wired",
          wired);
    }
  }

  /** SunOS / illumos: only the common fields. */
  record SunOs(long total, long available, double percent, long used, long free)
      implements VirtualMemory {
    public Map<String, Number> asMap() {
      return Fields.of(
          "total", total, "available", available, "percent", percent, "used", used, "free", free);
    }
  }
}
