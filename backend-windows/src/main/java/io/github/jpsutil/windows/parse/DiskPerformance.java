package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.INT64;
import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;

/**
 * {@code DISK_PERFORMANCE} from {@code DeviceIoControl(IOCTL_DISK_PERFORMANCE)} on a {@code
 * \\.\PhysicalDriveN} (Microsoft docs, winioctl.h), psutil's {@code disk_io_counters} source.
 */
public final class DiskPerformance {
  private DiskPerformance() {}

  public static final CStruct LAYOUT =
      CStruct.declare("DISK_PERFORMANCE", 88, X64, "windows.h", "winioctl.h");

  public static final CField BYTES_READ = LAYOUT.field("BytesRead", 0, INT64);
  public static final CField BYTES_WRITTEN = LAYOUT.field("BytesWritten", 8, INT64);
  public static final CField READ_TIME = LAYOUT.field("ReadTime", 16, INT64);
  public static final CField WRITE_TIME = LAYOUT.field("WriteTime", 24, INT64);
  public static final CField READ_COUNT = LAYOUT.field("ReadCount", 40, UINT32);
  public static final CField WRITE_COUNT = LAYOUT.field("WriteCount", 44, UINT32);

  /** ReadTime and WriteTime count 100-ns units (DISK_PERFORMANCE docs): 10,000 per millisecond. */
  private static final long TICKS_PER_MILLI = 10_000;

  /**
   * psutil's {@code sdiskio} of one disk: counts, bytes, and read/write time in milliseconds.
   * psutil's disk.c divides the times by 10,000,000 (gh-1012), which under the documented 100-ns
   * unit gives seconds; this converts to the milliseconds psutil documents for the field.
   *
   * @throws io.github.jpsutil.api.MalformedDataException if the struct is short or a byte count or
   *     time is negative
   */
  public static DiskIoCounters.Timed counters(ByteBuffer buf) {
    LAYOUT.require(buf);
    return new DiskIoCounters.Timed(
        READ_COUNT.u32(buf),
        WRITE_COUNT.u32(buf),
        nonNegative(BYTES_READ, buf),
        nonNegative(BYTES_WRITTEN, buf),
        nonNegative(READ_TIME, buf) / TICKS_PER_MILLI,
        nonNegative(WRITE_TIME, buf) / TICKS_PER_MILLI);
  }

  private static long nonNegative(CField f, ByteBuffer buf) {
    long v = f.i64(buf);
    if (v < 0) {
      throw f.malformed("is negative: " + v);
    }
    return v;
  }
}
