package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.freebsd.acquire.Sysctls;
import io.github.jpsutil.freebsd.parse.Devstat;
import io.github.jpsutil.freebsd.parse.Statfs;
import io.github.jpsutil.freebsd.parse.StatvfsUsage;
import io.github.jpsutil.spi.DiskSource;
import io.github.jpsutil.unix.DiskUsageFormula;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mounted filesystems ({@code getfsstat(2)}) and their usage ({@code statvfs(3)}). */
record FreeBsdDisks(Sysctls sysctls) implements DiskSource {
  /**
   * Every mount, {@code all} or not: psutil's BSD {@code disk_partitions} ignores {@code all} (it
   * has no list of pseudo filesystems to leave out there).
   */
  @Override
  public List<DiskPartition> partitions(boolean all) {
    return Statfs.partitions(sysctls.mounts(Statfs.LAYOUT.size()));
  }

  /**
   * {@code kern.devstat.all} as libdevstat reads it; the version is checked first as psutil's
   * {@code devstat_checkversion} does.
   */
  @Override
  public Map<String, DiskIoCounters> ioCounters() {
    long version = sysctls.number("kern.devstat.version");
    if (version != Devstat.VERSION) {
      throw new MalformedDataException(
          "kern.devstat.version is " + version + ", this decoder reads " + Devstat.VERSION);
    }
    return Devstat.ioCounters(sysctls.tableByName("kern.devstat.all"));
  }

  /** psutil's FreeBSD total sums every devstat device (it has no partitions to leave out). */
  @Override
  public Set<String> wholeDisks() {
    return ioCounters().keySet();
  }

  @Override
  public DiskUsage usage(String path) {
    ByteBuffer statvfs = sysctls.kernel().statvfs(path, StatvfsUsage.LAYOUT.size());
    return DiskUsageFormula.of(StatvfsUsage.FIELDS, statvfs, path);
  }
}
