package io.github.jpsutil.linux;

import io.github.jpsutil.api.HeapInfo;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.linux.acquire.GlibcHeap;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.acquire.SystemUnits;
import io.github.jpsutil.linux.parse.Malformed;
import io.github.jpsutil.linux.parse.Meminfo;
import io.github.jpsutil.linux.parse.Vmstat;
import io.github.jpsutil.linux.parse.Zoneinfo;
import io.github.jpsutil.spi.MemorySource;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

/** System memory from /proc/meminfo, zoneinfo and vmstat; the JVM's heap from glibc. */
final class LinuxMemory implements MemorySource {
  /** Looked up only to warn: the lookup starts the platform's logging, ms in a fresh JVM. */
  private static System.Logger log() {
    return System.getLogger(LinuxMemory.class.getName());
  }

  /**
   * psutil multiplies {@code pswpin}/{@code pswpout} by a fixed 4 KiB, not the page size (spec
   * §4.1, §7.7); kept for identical numbers.
   */
  private static final long SWAP_PAGE_BYTES = 4096;

  private final LinuxFiles files;
  private final AtomicBoolean warnedMemory = new AtomicBoolean();
  private final AtomicBoolean warnedSwap = new AtomicBoolean();

  LinuxMemory(LinuxFiles files) {
    this.files = files;
  }

  @Override
  public VirtualMemory virtualMemory() {
    Meminfo meminfo = Meminfo.parse(files.readText(files.proc("meminfo")));
    OptionalLong lowWatermark = OptionalLong.empty();
    if (meminfo.needsZoneinfo()) {
      Optional<String> zoneinfo = MaybeFile.text(files, files.proc("zoneinfo"));
      if (zoneinfo.isPresent()) {
        lowWatermark = OptionalLong.of(pagesToBytes(Zoneinfo.lowWatermarkPages(zoneinfo.get())));
      }
    }
    List<String> defaulted = meminfo.defaultedFields(lowWatermark);
    // psutil's RuntimeWarning (gh-2947), logged once per instance.
    if (!defaulted.isEmpty() && warnedMemory.compareAndSet(false, true)) {
      log()
          .log(
              Level.WARNING,
              "virtual_memory: {0} could not be determined from {1} and {2} set to 0",
              String.join(", ", defaulted),
              files.proc("meminfo"),
              defaulted.size() == 1 ? "was" : "were");
    }
    return meminfo.virtualMemory(lowWatermark);
  }

  /**
   * Swap from /proc/meminfo; {@code sin}/{@code sout} from /proc/vmstat. Where vmstat or its
   * counters are missing (psutil issues 313, 722) they are 0 with a logged warning, as psutil's
   * RuntimeWarning.
   */
  @Override
  public SwapMemory swapMemory() {
    Meminfo meminfo = Meminfo.parse(files.readText(files.proc("meminfo")));
    Optional<String> vmstat = MaybeFile.text(files, files.proc("vmstat"));
    OptionalLong in = vmstat.map(t -> Vmstat.counter(t, "pswpin")).orElse(OptionalLong.empty());
    OptionalLong out = vmstat.map(t -> Vmstat.counter(t, "pswpout")).orElse(OptionalLong.empty());
    if ((in.isEmpty() || out.isEmpty()) && warnedSwap.compareAndSet(false, true)) {
      log()
          .log(
              Level.WARNING,
              "swap_memory: sin and sout could not be determined from {0} and were set to 0",
              files.proc("vmstat"));
    }
    long sin = in.isPresent() && out.isPresent() ? swapPagesToBytes(in.getAsLong()) : 0;
    long sout = in.isPresent() && out.isPresent() ? swapPagesToBytes(out.getAsLong()) : 0;
    return meminfo.swapMemory(sin, sout);
  }

  @Override
  public HeapInfo heapInfo() {
    return GlibcHeap.info();
  }

  @Override
  public void heapTrim() {
    GlibcHeap.trim();
  }

  private static long swapPagesToBytes(long pages) {
    if (pages > Long.MAX_VALUE / SWAP_PAGE_BYTES) {
      throw Malformed.in("/proc/vmstat", "swap page count too large: " + pages);
    }
    return pages * SWAP_PAGE_BYTES;
  }

  private static long pagesToBytes(long pages) {
    long pageSize = SystemUnits.pageSize();
    if (pages > Long.MAX_VALUE / pageSize) {
      throw Malformed.in("/proc/zoneinfo", "low watermark too large: " + pages + " pages");
    }
    return pages * pageSize;
  }
}
