package io.github.jpsutil.windows;

import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.spi.MemorySource;
import io.github.jpsutil.windows.acquire.WindowsCalls;
import io.github.jpsutil.windows.parse.PageFileInformation;
import io.github.jpsutil.windows.parse.PerformanceInformation;

/** Memory from GetPerformanceInfo and SystemPageFileInformation, with psutil's formulas. */
final class WindowsMemory implements MemorySource {
  private final WindowsCalls calls;

  WindowsMemory(WindowsCalls calls) {
    this.calls = calls;
  }

  @Override
  public VirtualMemory virtualMemory() {
    return PerformanceInformation.decode(calls.performanceInfo().bytes()).virtualMemory();
  }

  @Override
  public SwapMemory swapMemory() {
    PerformanceInformation info = PerformanceInformation.decode(calls.performanceInfo().bytes());
    return info.swapMemory(
        PageFileInformation.usagePercent(
            calls
                .query(
                    WindowsCalls.PAGE_FILE,
                    "SystemPageFileInformation",
                    4 * PageFileInformation.SIZE)
                .bytes()));
  }
}
