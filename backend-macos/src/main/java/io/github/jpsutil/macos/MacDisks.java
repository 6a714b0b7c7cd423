package io.github.jpsutil.macos;

import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.macos.acquire.FileSystems;
import io.github.jpsutil.macos.parse.Statfs;
import io.github.jpsutil.spi.DiskSource;
import java.util.List;

/** Mounted filesystems from {@code getfsstat}. */
final class MacDisks implements DiskSource {
  private final FileSystems fileSystems;

  MacDisks(FileSystems fileSystems) {
    this.fileSystems = fileSystems;
  }

  /** psutil {@code _psosx.disk_partitions}: {@code all=false} keeps devices that are files. */
  @Override
  public List<DiskPartition> partitions(boolean all) {
    List<DiskPartition> every = Statfs.partitions(fileSystems.statfsArray(Statfs.LAYOUT.size()));
    return all
        ? every
        : every.stream().filter(p -> fileSystems.isExistingAbsolutePath(p.device())).toList();
  }
}
