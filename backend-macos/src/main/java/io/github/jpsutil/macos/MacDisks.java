package io.github.jpsutil.macos;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.macos.acquire.FileSystems;
import io.github.jpsutil.macos.acquire.MacNative;
import io.github.jpsutil.macos.parse.BlockStorageStatistics;
import io.github.jpsutil.macos.parse.Statfs;
import io.github.jpsutil.macos.parse.VolumeUsage;
import io.github.jpsutil.spi.DiskSource;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mounted filesystems from {@code getfsstat}. */
final class MacDisks implements DiskSource {
  private final MacNative os;

  MacDisks(MacNative os) {
    this.os = os;
  }

  /** psutil {@code _psposix.disk_usage} with macOS's APFS used space (psutil PR 2152). */
  @Override
  public DiskUsage usage(String path) {
    return VolumeUsage.of(
        os.statvfs(path, VolumeUsage.STATVFS.size()),
        path,
        FileSystems.attributes(os, path, VolumeUsage.request(), VolumeUsage.REPLY_SIZE));
  }

  /** psutil {@code disk_io_counters(perdisk=True)}: whole disks only, from IOKit. */
  @Override
  public Map<String, DiskIoCounters> ioCounters() {
    return Map.copyOf(BlockStorageStatistics.counters(os.blockStorageStatistics()));
  }

  /** Every key is a whole disk ({@code IOMedia} under a block storage driver), as psutil sums. */
  @Override
  public Set<String> wholeDisks() {
    return ioCounters().keySet();
  }

  /**
   * psutil {@code _psosx.disk_partitions}: {@code all=false} keeps devices that are existing
   * absolute paths.
   */
  @Override
  public List<DiskPartition> partitions(boolean all) {
    List<DiskPartition> every =
        Statfs.partitions(FileSystems.statfsArray(os, Statfs.LAYOUT.size()));
    return all
        ? every
        : every.stream().filter(p -> p.device().startsWith("/") && os.exists(p.device())).toList();
  }
}
