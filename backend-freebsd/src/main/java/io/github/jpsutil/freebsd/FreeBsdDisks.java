package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.parse.Statfs;
import io.github.jpsutil.freebsd.parse.StatvfsUsage;
import io.github.jpsutil.spi.DiskSource;
import java.util.List;

/** Mounted filesystems ({@code getfsstat(2)}) and their usage ({@code statvfs(3)}). */
final class FreeBsdDisks implements DiskSource {
  private final Sysctls sysctls;

  FreeBsdDisks(Sysctls sysctls) {
    this.sysctls = sysctls;
  }

  /**
   * Every mount, {@code all} or not: psutil's BSD {@code disk_partitions} ignores {@code all} (it
   * has no list of pseudo filesystems to leave out there).
   */
  @Override
  public List<DiskPartition> partitions(boolean all) {
    return Statfs.partitions(sysctls.mounts(Statfs.LAYOUT.size()));
  }

  @Override
  public DiskUsage usage(String path) {
    return StatvfsUsage.usage(sysctls.statvfs(path, StatvfsUsage.LAYOUT.size()), path);
  }
}
