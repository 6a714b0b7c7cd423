package io.github.jpsutil.freebsd;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.spi.DiskSource;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Not built yet: every method throws UnsupportedOperationException. */
final class FreeBsdDisks implements DiskSource {
  @Override
  public List<DiskPartition> partitions(boolean all) {
    throw NotBuilt.of("disk_partitions");
  }

  @Override
  public DiskUsage usage(String path) {
    throw NotBuilt.of("disk_usage");
  }

  @Override
  public Map<String, DiskIoCounters> ioCounters() {
    throw NotBuilt.of("disk_io_counters");
  }

  @Override
  public Set<String> wholeDisks() {
    throw NotBuilt.of("disk_io_counters");
  }
}
