package io.github.jpsutil.api;

import java.util.Map;

/**
 * {@link MemoryInfo} plus each OS's extra memory figures, in bytes (psutil 8.0's {@code pmem_ex}).
 * Where an OS has no extras, {@link Same} wraps its {@link MemoryInfo}.
 */
public sealed interface MemoryInfoEx {
  /** {@return resident set size, bytes, as {@link MemoryInfo#rss()}} */
  long rss();

  /** {@return virtual memory size, bytes, as {@link MemoryInfo#vms()}} */
  long vms();

  /** {@return every field in psutil's order, keyed by psutil's field name} */
  Map<String, Long> asMap();

  /**
   * Linux: statm fields plus {@code /proc/<pid>/status} VmHWM, VmPeak, RssAnon, RssFile, RssShmem,
   * VmSwap and HugetlbPages. {@code rss == rssAnon + rssFile + rssShmem}.
   *
   * @param rss psutil's {@code rss}, bytes
   * @param vms psutil's {@code vms}, bytes
   * @param shared psutil's {@code shared}, bytes
   * @param text psutil's {@code text}, bytes
   * @param data psutil's {@code data}, bytes
   * @param peakRss psutil's {@code peak_rss}, bytes
   * @param peakVms psutil's {@code peak_vms}, bytes
   * @param rssAnon psutil's {@code rss_anon}, bytes
   * @param rssFile psutil's {@code rss_file}, bytes
   * @param rssShmem psutil's {@code rss_shmem}, bytes
   * @param swap psutil's {@code swap}, bytes
   * @param hugetlb psutil's {@code hugetlb}, bytes
   */
  record Linux(
      long rss,
      long vms,
      long shared,
      long text,
      long data,
      long peakRss,
      long peakVms,
      long rssAnon,
      long rssFile,
      long rssShmem,
      long swap,
      long hugetlb)
      implements MemoryInfoEx {
    public Map<String, Long> asMap() {
      return Fields.of(
          "rss",
          rss,
          "vms",
          vms,
          "shared",
          shared,
          "text",
          text,
          "data",
          data,
          "peak_rss",
          peakRss,
          "peak_vms",
          peakVms,
          "rss_anon",
          rssAnon,
          "rss_file",
          rssFile,
          "rss_shmem",
          rssShmem,
          "swap",
          swap,
          "hugetlb",
          hugetlb);
    }
  }

  /**
   * Windows: the pmem fields plus virtual sizes and kernel pool usage.
   *
   * @param rss psutil's {@code rss}, bytes
   * @param vms psutil's {@code vms}, bytes
   * @param peakRss psutil's {@code peak_rss}, bytes
   * @param peakVms psutil's {@code peak_vms}, bytes
   * @param virtual psutil's {@code virtual}, bytes
   * @param peakVirtual psutil's {@code peak_virtual}, bytes
   * @param pagedPool psutil's {@code paged_pool}, bytes
   * @param nonpagedPool psutil's {@code nonpaged_pool}, bytes
   * @param peakPagedPool psutil's {@code peak_paged_pool}, bytes
   * @param peakNonpagedPool psutil's {@code peak_nonpaged_pool}, bytes
   */
  record Windows(
      long rss,
      long vms,
      long peakRss,
      long peakVms,
      long virtual,
      long peakVirtual,
      long pagedPool,
      long nonpagedPool,
      long peakPagedPool,
      long peakNonpagedPool)
      implements MemoryInfoEx {
    public Map<String, Long> asMap() {
      return Fields.of(
          "rss",
          rss,
          "vms",
          vms,
          "peak_rss",
          peakRss,
          "peak_vms",
          peakVms,
          "virtual",
          virtual,
          "peak_virtual",
          peakVirtual,
          "paged_pool",
          pagedPool,
          "nonpaged_pool",
          nonpagedPool,
          "peak_paged_pool",
          peakPagedPool,
          "peak_nonpaged_pool",
          peakNonpagedPool);
    }
  }

  /**
   * macOS: its own set, from {@code proc_pid_rusage} and task info.
   *
   * @param rss psutil's {@code rss}, bytes
   * @param vms psutil's {@code vms}, bytes
   * @param peakRss psutil's {@code peak_rss}, bytes
   * @param rssAnon psutil's {@code rss_anon}, bytes
   * @param rssFile psutil's {@code rss_file}, bytes
   * @param wired psutil's {@code wired}, bytes
   * @param compressed psutil's {@code compressed}, bytes
   * @param physFootprint psutil's {@code phys_footprint}, bytes
   */
  record MacOs(
      long rss,
      long vms,
      long peakRss,
      long rssAnon,
      long rssFile,
      long wired,
      long compressed,
      long physFootprint)
      implements MemoryInfoEx {
    public Map<String, Long> asMap() {
      return Fields.of(
          "rss",
          rss,
          "vms",
          vms,
          "peak_rss",
          peakRss,
          "rss_anon",
          rssAnon,
          "rss_file",
          rssFile,
          "wired",
          wired,
          "compressed",
          compressed,
          "phys_footprint",
          physFootprint);
    }
  }

  /**
   * FreeBSD and SunOS: identical to {@link MemoryInfo}. * @param info the process's {@code
   * memoryInfo()} /** FreeBSD and SunOS: identical to {@link MemoryInfo}.
   *
   * @param info the process's {@code memoryInfo()}
   */
  record Same(MemoryInfo info) implements MemoryInfoEx {
    /**
     * Checks the components.
     *
     * @param info the process's {@code memoryInfo()}
     * @throws NullPointerException if a component is null; the message names it
     */
    public Same {
      Check.notNull("info", info);
    }

    public long rss() {
      return info.rss();
    }

    public long vms() {
      return info.vms();
    }

    public Map<String, Long> asMap() {
      return info.asMap();
    }
  }
}
