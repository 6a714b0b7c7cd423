package io.github.jpsutil.windows;

import io.github.jpsutil.spi.HostSource;
import io.github.jpsutil.windows.acquire.SystemInformation;
import io.github.jpsutil.windows.parse.TimeOfDayInformation;
import java.time.Instant;
import java.util.Arrays;

/** Boot time from SystemTimeOfDayInformation; pids from the process table. */
final class WindowsHost implements HostSource {
  private final WindowsProcesses processes;

  WindowsHost(WindowsProcesses processes) {
    this.processes = processes;
  }

  @Override
  public Instant bootTime() {
    return bootTimeNow();
  }

  static Instant bootTimeNow() {
    return TimeOfDayInformation.bootTime(
        SystemInformation.query(
                SystemInformation.TIME_OF_DAY,
                "SystemTimeOfDayInformation",
                TimeOfDayInformation.SIZE)
            .bytes());
  }

  @Override
  public int[] pids() {
    return processes.pids();
  }

  @Override
  public boolean pidExists(int pid) {
    if (pid < 0) {
      return false;
    }
    return Arrays.binarySearch(processes.pids(), pid) >= 0;
  }
}
