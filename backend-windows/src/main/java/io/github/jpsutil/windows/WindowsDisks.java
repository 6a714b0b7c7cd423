package io.github.jpsutil.windows;

import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.spi.DiskSource;
import io.github.jpsutil.windows.acquire.WindowsCalls;
import io.github.jpsutil.windows.parse.DiskFreeSpace;

/** Disk usage from GetDiskFreeSpaceExW, for a directory or a file's volume, as psutil. */
final class WindowsDisks implements DiskSource {
  private final WindowsCalls calls;

  WindowsDisks(WindowsCalls calls) {
    this.calls = calls;
  }

  @Override
  public DiskUsage usage(String path) {
    return DiskFreeSpace.usage(calls.diskFreeSpace(path).bytes());
  }
}
