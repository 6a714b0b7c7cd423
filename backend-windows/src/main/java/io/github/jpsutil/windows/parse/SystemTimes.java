package io.github.jpsutil.windows.parse;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.spi.FixedLayout;
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

  /** Bytes the acquire layer passes: three FILETIMEs. */
  public static final int SIZE = 24;

  static final int IDLE = 0;
  static final int KERNEL = 8;
  static final int USER = 16;

  /**
   * System-wide times as psutil {@code _pswindows.cpu_times()}: user, kernel − idle and idle from
   * {@code GetSystemTimes}; irq and dpc, which it lacks, summed over {@code perCpu}.
   */
  public static CpuTimes.Windows decode(ByteBuffer buf, List<CpuTimes.Windows> perCpu) {
    FixedLayout.require(buf, 0, SIZE, "GetSystemTimes FILETIMEs");
    long idle = buf.getLong(IDLE);
    long kernel = buf.getLong(KERNEL);
    if (kernel < idle) {
      throw new IllegalArgumentException(
          "GetSystemTimes: kernel time " + kernel + " < idle time " + idle);
    }
    double irq = 0;
    double dpc = 0;
    for (CpuTimes.Windows c : perCpu) {
      irq += c.irq();
      dpc += c.dpc();
    }
    return new CpuTimes.Windows(
        FileTime.seconds(buf.getLong(USER), "GetSystemTimes user"),
        FileTime.seconds(kernel - idle, "GetSystemTimes kernel"),
        FileTime.seconds(idle, "GetSystemTimes idle"),
        irq,
        dpc);
  }
}
