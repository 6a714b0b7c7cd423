package io.github.jpsutil.spi;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Filesystems and block devices. */
public interface DiskSource {
  /** Mounted filesystems; {@code all=false} keeps physical devices only, as psutil. */
  List<DiskPartition> partitions(boolean all);

  /**
   * Usage of the filesystem holding {@code path}.
   *
   * @throws java.io.UncheckedIOException wrapping {@link java.nio.file.NoSuchFileException} when
   *     the path does not exist
   */
  DiskUsage usage(String path);

  /** Raw cumulative counters of every disk and partition, keyed by kernel name. */
  Map<String, DiskIoCounters> ioCounters();

  /**
   * Which keys of {@link #ioCounters()} are whole disks; the system-wide total sums only these, so
   * that partitions are not counted twice.
   */
  Set<String> wholeDisks();
}
