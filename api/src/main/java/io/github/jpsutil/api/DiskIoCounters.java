package io.github.jpsutil.api;

import java.util.List;
import java.util.Map;

/**
 * Cumulative disk I/O (psutil's {@code sdiskio}): counts of operations, bytes, and times in
 * milliseconds. Each nested record adds its OS's fields in psutil's order.
 */
public sealed interface DiskIoCounters {
  /** {@return the number of reads completed, cumulative} */
  long readCount();

  /** {@return the number of writes completed, cumulative} */
  long writeCount();

  /** {@return bytes read, cumulative} */
  long readBytes();

  /** {@return bytes written, cumulative} */
  long writeBytes();

  /** {@return every field in psutil's order, keyed by psutil's field name} */
  Map<String, Long> asMap();

  /**
   * The same OS's record with new values (sums over disks, wrap correction).
   *
   * @param values one value per field, in {@link #asMap()} order
   * @return a record of the same class holding {@code values}
   * @throws IllegalArgumentException if {@code values} has not one value per field
   */
  DiskIoCounters withValues(List<Long> values);

  /**
   * Linux, from {@code /proc/diskstats}: bytes are sectors × 512 (fixed, as the kernel counts),
   * times in ms.
   *
   * @param readCount psutil's {@code read_count}, number of operations
   * @param writeCount psutil's {@code write_count}, number of operations
   * @param readBytes psutil's {@code read_bytes}, bytes
   * @param writeBytes psutil's {@code write_bytes}, bytes
   * @param readTime psutil's {@code read_time}, milliseconds
   * @param writeTime psutil's {@code write_time}, milliseconds
   * @param readMergedCount psutil's {@code read_merged_count}, number of operations
   * @param writeMergedCount psutil's {@code write_merged_count}, number of operations
   * @param busyTime psutil's {@code busy_time}, milliseconds
   */
  record Linux(
      long readCount,
      long writeCount,
      long readBytes,
      long writeBytes,
      long readTime,
      long writeTime,
      long readMergedCount,
      long writeMergedCount,
      long busyTime)
      implements DiskIoCounters {
    public Map<String, Long> asMap() {
      return Fields.of(
          "read_count",
          readCount,
          "write_count",
          writeCount,
          "read_bytes",
          readBytes,
          "write_bytes",
          writeBytes,
          "read_time",
          readTime,
          "write_time",
          writeTime,
          "read_merged_count",
          readMergedCount,
          "write_merged_count",
          writeMergedCount,
          "busy_time",
          busyTime);
    }

    public Linux withValues(List<Long> v) {
      Fields.size(v, 9);
      return new Linux(
          v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8));
    }
  }

  /**
   * FreeBSD, from devstat.
   *
   * @param readCount psutil's {@code read_count}, number of operations
   * @param writeCount psutil's {@code write_count}, number of operations
   * @param readBytes psutil's {@code read_bytes}, bytes
   * @param writeBytes psutil's {@code write_bytes}, bytes
   * @param readTime psutil's {@code read_time}, milliseconds
   * @param writeTime psutil's {@code write_time}, milliseconds
   * @param busyTime psutil's {@code busy_time}, milliseconds
   */
  record FreeBsd(
      long readCount,
      long writeCount,
      long readBytes,
      long writeBytes,
      long readTime,
      long writeTime,
      long busyTime)
      implements DiskIoCounters {
    public Map<String, Long> asMap() {
      return Fields.of(
          "read_count",
          readCount,
          "write_count",
          writeCount,
          "read_bytes",
          readBytes,
          "write_bytes",
          writeBytes,
          "read_time",
          readTime,
          "write_time",
          writeTime,
          "busy_time",
          busyTime);
    }

    public FreeBsd withValues(List<Long> v) {
      Fields.size(v, 7);
      return new FreeBsd(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6));
    }
  }

  /**
   * Windows, macOS and SunOS: the common fields plus read/write times.
   *
   * @param readCount psutil's {@code read_count}, number of operations
   * @param writeCount psutil's {@code write_count}, number of operations
   * @param readBytes psutil's {@code read_bytes}, bytes
   * @param writeBytes psutil's {@code write_bytes}, bytes
   * @param readTime psutil's {@code read_time}, milliseconds
   * @param writeTime psutil's {@code write_time}, milliseconds
   */
  record Timed(
      long readCount,
      long writeCount,
      long readBytes,
      long writeBytes,
      long readTime,
      long writeTime)
      implements DiskIoCounters {
    public Map<String, Long> asMap() {
      return Fields.of(
          "read_count",
          readCount,
          "write_count",
          writeCount,
          "read_bytes",
          readBytes,
          "write_bytes",
          writeBytes,
          "read_time",
          readTime,
          "write_time",
          writeTime);
    }

    public Timed withValues(List<Long> v) {
      Fields.size(v, 6);
      return new Timed(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5));
    }
  }
}
