package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The three {@code FILETIME}s of {@code GetSystemTimes(lpIdleTime, lpKernelTime, lpUserTime)},
 * written by the acquire layer back to back: idle @0, kernel @8, user @16. A {@code FILETIME} is
 * {@code DWORD dwLowDateTime} then {@code DWORD dwHighDateTime}, so each reads as one little-endian
 * 64-bit count of 100-ns units (Microsoft docs, {@code GetSystemTimes}: "kernel time ... includes
 * the amount of time the system has been idle"; the sums cover every CPU of every processor group).
 */
public final class SystemTimes {
  private SystemTimes() {}

  /** Index of each {@code FILETIME} in the array the acquire layer passes. */
  private static final int IDLE = 0;

  private static final int KERNEL = 1;
  private static final int USER = 2;

  /** Bytes the acquire layer passes: three FILETIMEs. */
  public static final int SIZE = 3 * FileTime.LAYOUT.size();

  /**
   * System-wide times as psutil {@code _pswindows.cpu_times()}: user, kernel − idle and idle from
   * {@code GetSystemTimes}; irq and dpc, which it lacks, summed over {@code perCpu}.
   */
  public static CpuTimes.Windows decode(ByteBuffer buf, List<CpuTimes.Windows> perCpu) {
    if (buf.limit() < SIZE) {
      throw new MalformedDataException(
          "GetSystemTimes: 3 FILETIMEs need " + SIZE + " bytes, got " + buf.limit());
    }
    long idle = filetime(buf, IDLE);
    long kernel = filetime(buf, KERNEL);
    if (kernel < idle) {
      throw new MalformedDataException(
          "GetSystemTimes: kernel time " + kernel + " < idle time " + idle);
    }
    double irq = 0;
    double dpc = 0;
    for (CpuTimes.Windows c : perCpu) {
      irq += c.irq();
      dpc += c.dpc();
    }
    return new CpuTimes.Windows(
        FileTime.seconds(filetime(buf, USER), "GetSystemTimes user"),
        FileTime.seconds(kernel - idle, "GetSystemTimes kernel"),
        FileTime.seconds(idle, "GetSystemTimes idle"),
        irq,
        dpc);
  }

  private static long filetime(ByteBuffer buf, int index) {
    return FileTime.units(buf, index * FileTime.LAYOUT.size());
  }
}
