package io.github.jpsutil.spi;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Filesystems and block devices. */
public interface DiskSource {
  /**
   * Mounted filesystems (psutil's {@code disk_partitions(all)}).
   *
   * @param all false keeps physical devices only, as psutil
   * @return one entry per mount, in mount-table order
   */
  default List<DiskPartition> partitions(boolean all) {
    throw Unsupported.of(this, "disk_partitions");
  }

  /**
   * Usage of the filesystem holding {@code path} (psutil's {@code disk_usage(path)}).
   *
   * @param path any path on the filesystem
   * @return total, used and free bytes
   * @throws java.io.UncheckedIOException wrapping {@link java.nio.file.NoSuchFileException} when
   *     the path does not exist
   */
  default DiskUsage usage(String path) {
    throw Unsupported.of(this, "disk_usage");
  }

  /** {@return raw cumulative counters of every disk and partition, keyed by kernel name} */
  default Map<String, DiskIoCounters> ioCounters() {
    throw Unsupported.of(this, "disk_io_counters");
  }

  /**
   * Which keys of {@link #ioCounters()} are whole disks; the system-wide total sums only these, so
   * that partitions are not counted twice.
   *
   * @return names of whole disks among the keys of {@link #ioCounters()}
   */
  default Set<String> wholeDisks() {
    throw Unsupported.of(this, "disk_io_counters");
  }
}
