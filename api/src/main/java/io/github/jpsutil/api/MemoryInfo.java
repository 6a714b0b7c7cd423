package io.github.jpsutil.api;

import java.util.Map;

/**
 * A process's memory, in bytes (psutil 8.0's {@code pmem}). {@code rss} is resident memory, {@code
 * vms} the virtual size. Each nested record adds its OS's fields in psutil's order.
 */
public sealed interface MemoryInfo {
  /** {@return resident set size: physical memory the process uses, bytes} */
  long rss();

  /** {@return virtual memory size: the whole address space (Windows: private bytes), bytes} */
  long vms();

  /** {@return every field in psutil's order, keyed by psutil's field name} */
  Map<String, Long> asMap();

  /**
   * Linux, from {@code /proc/<pid>/statm} (pages × page size).
   *
   * @param rss psutil's {@code rss}, bytes
   * @param vms psutil's {@code vms}, bytes
   * @param shared psutil's {@code shared}, bytes
   * @param text psutil's {@code text}, bytes
   * @param data psutil's {@code data}, bytes
   */
  record Linux(long rss, long vms, long shared, long text, long data) implements MemoryInfo {
    public Map<String, Long> asMap() {
      return Fields.of("rss", rss, "vms", vms, "shared", shared, "text", text, "data", data);
    }
  }

  /**
   * Windows: {@code rss} is the working set, {@code vms} the private (commit) bytes, peaks
   * likewise.
   *
   * @param rss psutil's {@code rss}, bytes
   * @param vms psutil's {@code vms}, bytes
   * @param peakRss psutil's {@code peak_rss}, bytes
   * @param peakVms psutil's {@code peak_vms}, bytes
   */
  record Windows(long rss, long vms, long peakRss, long peakVms) implements MemoryInfo {
    public Map<String, Long> asMap() {
      return Fields.of("rss", rss, "vms", vms, "peak_rss", peakRss, "peak_vms", peakVms);
    }
  }

  /**
   * FreeBSD: text, data and stack segment sizes and the peak resident size.
   *
   * @param rss psutil's {@code rss}, bytes
   * @param vms psutil's {@code vms}, bytes
   * @param text psutil's {@code text}, bytes
   * @param data psutil's {@code data}, bytes
   * @param stack psutil's {@code stack}, bytes
   * @param peakRss psutil's {@code peak_rss}, bytes
   */
  record FreeBsd(long rss, long vms, long text, long data, long stack, long peakRss)
      implements MemoryInfo {
    public Map<String, Long> asMap() {
      return Fields.of(
          "rss", rss, "vms", vms, "text", text, "data", data, "stack", stack, "peak_rss", peakRss);
    }
  }

  /**
   * macOS and SunOS: rss and vms only.
   *
   * @param rss psutil's {@code rss}, bytes
   * @param vms psutil's {@code vms}, bytes
   */
  record Basic(long rss, long vms) implements MemoryInfo {
    public Map<String, Long> asMap() {
      return Fields.of("rss", rss, "vms", vms);
    }
  }
}
