package io.github.jpsutil.windows.parse;

import static io.github.jpsutil.windows.parse.FileTime.units;

import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.MalformedDataException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The three {@code FILETIME}s of {@code GetSystemTimes(lpIdleTime, lpKernelTime, lpUserTime)},
 * written by the acquire layer back to back: idle @0, kernel @8, user @16 (Microsoft docs, {@code
 * GetSystemTimes}: "kernel time ... includes the amount of time the system has been idle"; the sums
 * cover every CPU of every processor group).
 */
public final class SystemTimes {
  private SystemTimes() {}

  /**
   * System-wide times as psutil {@code _pswindows.cpu_times()}: user, kernel − idle and idle from
   * {@code GetSystemTimes}; irq and dpc, which it lacks, summed over {@code perCpu}.
   *
   * @throws MalformedDataException if the buffer ends before the third FILETIME does (each FILETIME
   *     read checks its bytes), or kernel time is less than idle time
   */
  public static CpuTimes.Windows decode(ByteBuffer buf, List<CpuTimes.Windows> perCpu) {
    double irq = perCpu.stream().mapToDouble(CpuTimes.Windows::irq).sum();
    double dpc = perCpu.stream().mapToDouble(CpuTimes.Windows::dpc).sum();
    return times("GetSystemTimes", units(buf, 16), units(buf, 8), units(buf, 0), irq, dpc);
  }

  /** psutil's {@code system} is kernel time minus idle time: Windows counts idle as kernel. */
  static CpuTimes.Windows times(
      String what, long user, long kernel, long idle, double irq, double dpc) {
    if (kernel < idle) {
      throw new MalformedDataException(
          what + ": kernel time " + kernel + " < idle time " + idle + " (kernel includes idle)");
    }
    return new CpuTimes.Windows(
        FileTime.seconds(user, what + " user"),
        FileTime.seconds(kernel - idle, what + " kernel"),
        FileTime.seconds(idle, what + " idle"),
        irq,
        dpc);
  }
}
