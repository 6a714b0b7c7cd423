package io.github.jpsutil.windows;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.spi.DiskSource;
import io.github.jpsutil.windows.acquire.DiskCounterCalls;
import io.github.jpsutil.windows.acquire.WindowsCalls;
import io.github.jpsutil.windows.parse.DiskFreeSpace;
import io.github.jpsutil.windows.parse.DiskPerformance;
import io.github.jpsutil.windows.parse.Drives;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drives from GetLogicalDriveStringsW, GetDriveTypeW and GetVolumeInformationW, and disk usage from
 * GetDiskFreeSpaceExW for a directory or a file's volume, as psutil.
 */
record WindowsDisks(WindowsCalls calls) implements DiskSource {
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

  /**
   * psutil's {@code disk_io_counters(perdisk=True)}: "PhysicalDriveN" → its DISK_PERFORMANCE, for
   * every physical drive that opens and keeps counters (Windows may need {@code diskperf -y}). No
   * such drive gives an empty map, as psutil's empty dict.
   */
  @Override
  public Map<String, DiskIoCounters> ioCounters() {
    DiskCounterCalls disks = new DiskCounterCalls(calls.api());
    Map<String, DiskIoCounters> out = new LinkedHashMap<>();
    for (int drive = 0; drive <= DiskCounterCalls.LAST_DRIVE; drive++) {
      int n = drive;
      disks
          .performance(drive)
          .ifPresent(p -> out.put("PhysicalDrive" + n, DiskPerformance.counters(p)));
    }
    return out;
  }

  /**
   * Every name {@link #ioCounters()} can give is a physical drive, so the system-wide total sums
   * them all, as psutil; answered without opening the drives again.
   */
  @Override
  public Set<String> wholeDisks() {
    Set<String> names = new java.util.HashSet<>();
    for (int drive = 0; drive <= DiskCounterCalls.LAST_DRIVE; drive++) {
      names.add("PhysicalDrive" + drive);
    }
    return names;
  }
}
