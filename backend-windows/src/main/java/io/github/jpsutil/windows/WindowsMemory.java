package io.github.jpsutil.windows;

import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.windows.acquire.SystemInformation;
import io.github.jpsutil.windows.acquire.Win32Calls;
import io.github.jpsutil.windows.parse.PageFileInformation;
import io.github.jpsutil.windows.parse.PerformanceInformation;

/** Memory from GetPerformanceInfo and SystemPageFileInformation, with psutil's formulas. */
final class WindowsMemory implements MemorySource {
  @Override
  public VirtualMemory virtualMemory() {
    return PerformanceInformation.decode(Win32Calls.performanceInfo()).virtualMemory();
  }

  @Override
  public SwapMemory swapMemory() {
    PerformanceInformation info = PerformanceInformation.decode(Win32Calls.performanceInfo());
    double percent =
        PageFileInformation.usagePercent(
            SystemInformation.query(
                    SystemInformation.PAGE_FILE,
                    "SystemPageFileInformation",
                    4 * PageFileInformation.SIZE + 1024)
                .bytes());
    return info.swapMemory(percent);
  }
}
