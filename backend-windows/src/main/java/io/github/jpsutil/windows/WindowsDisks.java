package io.github.jpsutil.windows;

import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.spi.DiskSource;
import io.github.jpsutil.windows.acquire.WindowsCalls;
import io.github.jpsutil.windows.parse.DiskFreeSpace;
import io.github.jpsutil.windows.parse.Drives;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives from GetLogicalDriveStringsW, GetDriveTypeW and GetVolumeInformationW, and disk usage from
 * GetDiskFreeSpaceExW for a directory or a file's volume, as psutil.
 */
final class WindowsDisks implements DiskSource {
  private final WindowsCalls calls;

  WindowsDisks(WindowsCalls calls) {
    this.calls = calls;
  }

  /**
   * psutil's {@code disk_partitions}: every drive root, by default without unknown, unmounted,
   * remote and RAM drives and the floppy A:. A volume that does not answer (an empty drive) is
   * listed with no file system, as psutil. Volume mount points inside a drive are not listed.
   */
  @Override
  public List<DiskPartition> partitions(boolean all) {
    List<DiskPartition> out = new ArrayList<>();
    for (String root : Drives.roots(calls.logicalDriveStrings().bytes())) {
      int type = calls.api().driveType(root);
      if (all || Drives.shownByDefault(root, type)) {
        out.add(Drives.partition(root, type, calls.volumeInformation(root).orElse(null)));
      }
    }
    return out;
  }

  @Override
  public DiskUsage usage(String path) {
    return DiskFreeSpace.usage(calls.diskFreeSpace(path).bytes());
  }
}
