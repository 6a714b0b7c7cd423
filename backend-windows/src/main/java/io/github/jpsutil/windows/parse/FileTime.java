package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.spi.CType.UINT32;
import static io.github.jpsutil.windows.parse.WindowsAbi.X64;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.spi.CField;
import io.github.jpsutil.spi.CStruct;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * Windows' 100-nanosecond time units: {@code FILETIME} and {@code LARGE_INTEGER} times ("Number of
 * 100-nanosecond intervals", Microsoft docs for {@code FILETIME} and {@code GetSystemTimes}).
 */
public final class FileTime {
  private FileTime() {}

  /** 100-ns intervals from 1601-01-01 (the FILETIME epoch) to 1970-01-01 (the Unix epoch). */
  public static final long UNIX_EPOCH = 116_444_736_000_000_000L;

  private static final long UNITS_PER_SECOND = 10_000_000L;

  /** {@code FILETIME} (minwinbase.h): two DWORDs, low half first, 4-byte aligned. */
  public static final CStruct LAYOUT = CStruct.declare("FILETIME", 8, X64, "windows.h");

  public static final CField LOW = LAYOUT.field("dwLowDateTime", 0, UINT32);
  public static final CField HIGH = LAYOUT.field("dwHighDateTime", 4, UINT32);

  /**
   * The {@code FILETIME} at {@code base} as one 64-bit count ("copy ... into a ULARGE_INTEGER").
   */
  public static long units(ByteBuffer buf, int base) {
    return HIGH.u32(buf, base) << 32 | LOW.u32(buf, base);
  }

  /** A duration in 100-ns units (CPU times) as seconds; negative is a relative time: malformed. */
  public static double seconds(long units, String field) {
    return checked(units, field, "100-ns units") / (double) UNITS_PER_SECOND;
  }

  /** A FILETIME (100-ns intervals since 1601) as an instant, exact to the 100 ns. */
  public static Instant instant(long fileTime, String field) {
    long sinceUnix = checked(fileTime, field, "FILETIME") - UNIX_EPOCH;
    // A negative remainder (before 1970) is a negative adjustment, which ofEpochSecond normalizes.
    return Instant.ofEpochSecond(sinceUnix / UNITS_PER_SECOND, sinceUnix % UNITS_PER_SECOND * 100);
  }

  /** A FILETIME as seconds since the Unix epoch (psutil's {@code _to_unix_time}). */
  public static double epochSeconds(long fileTime, String field) {
    return (checked(fileTime, field, "FILETIME") - UNIX_EPOCH) / (double) UNITS_PER_SECOND;
  }

  private static long checked(long value, String field, String unit) {
    if (value < 0) {
      throw new MalformedDataException(field + " must be >= 0 (" + unit + "), got " + value);
    }
    return value;
  }
}
