package io.github.jpsutil.macos.parse;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.MalformedDataException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * psutil {@code disk_io_counters()} on macOS ({@code arch/osx/disk.c}): for every {@code IOMedia}
 * whose parent is an {@code IOBlockStorageDriver} (a whole disk), the driver's {@code "Statistics"}
 * dictionary, keyed by the media's {@code "BSD Name"}. Keys from Apple's {@code
 * IOKit/storage/IOBlockStorageDriver.h}; times there are nanoseconds, reported in milliseconds.
 */
public final class BlockStorageStatistics {
  private BlockStorageStatistics() {}

  /** {@code kIOBSDNameKey} and {@code kIOBlockStorageDriverStatisticsKey}. */
  public static final String BSD_NAME = "BSD Name", STATISTICS = "Statistics";

  /** The statistics keys, in psutil's field order. */
  public static final List<String> KEYS =
      List.of(
          "Operations (Read)", // kIOBlockStorageDriverStatisticsReadsKey
          "Operations (Write)", // …WritesKey
          "Bytes (Read)", // …BytesReadKey
          "Bytes (Write)", // …BytesWrittenKey
          "Total Time (Read)", // …TotalReadTimeKey, ns
          "Total Time (Write)"); // …TotalWriteTimeKey, ns

  /** The counters per disk; a missing or negative figure is an error, not a 0. */
  public static Map<String, DiskIoCounters> counters(Map<String, Map<String, Long>> byDisk) {
    Map<String, DiskIoCounters> out = new LinkedHashMap<>();
    byDisk.forEach(
        (disk, stats) -> {
          long[] v = new long[KEYS.size()];
          for (int i = 0; i < v.length; i++) {
            Long x = stats.get(KEYS.get(i));
            if (x == null || x < 0) {
              throw new MalformedDataException(
                  disk
                      + " "
                      + STATISTICS
                      + " "
                      + KEYS.get(i)
                      + " is "
                      + (x == null ? "missing" : x));
            }
            v[i] = x;
          }
          out.put(
              disk,
              new DiskIoCounters.Timed(v[0], v[1], v[2], v[3], v[4] / 1_000_000, v[5] / 1_000_000));
        });
    return out;
  }
}
