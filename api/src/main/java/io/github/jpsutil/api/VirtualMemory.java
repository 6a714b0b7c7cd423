package io.github.jpsutil.api;

import java.util.Map;

/**
 * Physical memory, in bytes (psutil's {@code svmem}). {@code percent = (total - available) / total
 * * 100}, rounded to one decimal. Each nested record adds its OS's fields in psutil's order.
 */
public sealed interface VirtualMemory {
  /** {@return total physical memory, bytes} */
  long total();

  /** {@return memory that can be given to processes without swapping} */
  long available();

  /** {@return percent of {@code total} not available, 0–100, one decimal} */
  double percent();

  /** {@return memory in use, bytes; how it is computed differs per OS (see each record)} */
  long used();

  /** {@return memory not used at all, bytes; usually much less than {@link #available()}} */
  long free();

  /** {@return every field in psutil's order, keyed by psutil's field name} */
  Map<String, Number> asMap();

  /**
   * Linux, from {@code /proc/meminfo}: {@code used = total - available}, {@code cached = Cached +
   * SReclaimable}, {@code shared = Shmem}.
   *
   * @param total {@code MemTotal}
   * @param available {@code MemAvailable} (estimated from free, file and reclaimable memory on
   *     kernels before 3.14, as psutil)
   * @param percent {@code (total - available) / total * 100}, one decimal
   * @param used {@code total - available}
   * @param free {@code MemFree}
   * @param active {@code Active}
   * @param inactive {@code Inactive}
   * @param buffers {@code Buffers}
   * @param cached {@code Cached + SReclaimable}
   * @param shared {@code Shmem}
   * @param slab {@code Slab}
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
    /**
     * Checks the components.
     *
     * @param total {@code MemTotal}
     * @param available {@code MemAvailable} (estimated from free, file and reclaimable memory on
     *     kernels before 3.14, as psutil)
     * @param percent {@code (total - available) / total * 100}, one decimal
     * @param used {@code total - available}
     * @param free {@code MemFree}
     * @param active {@code Active}
     * @param inactive {@code Inactive}
     * @param buffers {@code Buffers}
     * @param cached {@code Cached + SReclaimable}
     * @param shared {@code Shmem}
     * @param slab {@code Slab}
     * @throws IllegalArgumentException if {@code percent} is outside 0..100; the message names the
     *     component and its value
     */
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

  /**
   * Windows: {@code free} equals {@code available}; {@code wired} is the non-paged kernel pool.
   *
   * @param total psutil's {@code total}, bytes
   * @param available psutil's {@code available}, bytes
   * @param percent psutil's {@code percent}, percent, 0–100
   * @param used psutil's {@code used}, bytes
   * @param free psutil's {@code free}, bytes
   * @param cached psutil's {@code cached}, bytes
   * @param wired psutil's {@code wired}, bytes
   */
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

  /**
   * macOS: {@code available = inactive + free}, {@code used = active + wired}.
   *
   * @param total psutil's {@code total}, bytes
   * @param available psutil's {@code available}, bytes
   * @param percent psutil's {@code percent}, percent, 0–100
   * @param used psutil's {@code used}, bytes
   * @param free psutil's {@code free}, bytes
   * @param active psutil's {@code active}, bytes
   * @param inactive psutil's {@code inactive}, bytes
   * @param wired psutil's {@code wired}, bytes
   */
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

  /**
   * FreeBSD: {@code available = inactive + cached + free}.
   *
   * @param total psutil's {@code total}, bytes
   * @param available psutil's {@code available}, bytes
   * @param percent psutil's {@code percent}, percent, 0–100
   * @param used psutil's {@code used}, bytes
   * @param free psutil's {@code free}, bytes
   * @param active psutil's {@code active}, bytes
   * @param inactive psutil's {@code inactive}, bytes
   * @param buffers psutil's {@code buffers}, bytes
   * @param cached psutil's {@code cached}, bytes
   * @param shared psutil's {@code shared}, bytes
   * @param wired psutil's {@code wired}, bytes
   */
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

  /**
   * SunOS / illumos: only the common fields.
   *
   * @param total psutil's {@code total}, bytes
   * @param available psutil's {@code available}, bytes
   * @param percent psutil's {@code percent}, percent, 0–100
   * @param used psutil's {@code used}, bytes
   * @param free psutil's {@code free}, bytes
   */
  record SunOs(long total, long available, double percent, long used, long free)
      implements VirtualMemory {
    public Map<String, Number> asMap() {
      return Fields.of(
          "total", total, "available", available, "percent", percent, "used", used, "free", free);
    }
  }
}
