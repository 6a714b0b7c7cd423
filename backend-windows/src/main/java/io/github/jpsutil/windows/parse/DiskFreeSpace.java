package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.UsagePercent;
import java.nio.ByteBuffer;

/**
 * The three {@code ULARGE_INTEGER}s of {@code GetDiskFreeSpaceExW(path, &freeToCaller, &total,
 * &totalFree)}, written by the acquire layer back to back: free to caller @0, total @8, total
 * free @16 (Microsoft docs, fileapi.h).
 */
public final class DiskFreeSpace {
  private DiskFreeSpace() {}

  /** Bytes the acquire layer passes. */
  public static final int SIZE = 24;

  /**
   * psutil's {@code disk_usage()} on Windows: total, free = the volume's total free bytes (not only
   * the caller's quota), used = total − free, percent rounded to one decimal.
   *
   * @throws MalformedDataException if the buffer is short or free exceeds total
   */
  public static DiskUsage usage(ByteBuffer buf) {
    if (buf.limit() < SIZE) {
      throw new MalformedDataException(
          "GetDiskFreeSpaceExW: 3 ULARGE_INTEGERs need " + SIZE + " bytes, got " + buf.limit());
    }
    long total = buf.getLong(8);
    long free = buf.getLong(16);
    if (total < 0 || free < 0 || free > total) {
      throw new MalformedDataException(
          String.format(
              "GetDiskFreeSpaceExW: total free %s of total %s",
              Long.toUnsignedString(free), Long.toUnsignedString(total)));
    }
    return new DiskUsage(total, total - free, free, UsagePercent.of(total - free, total));
  }
}
