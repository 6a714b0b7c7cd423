package io.github.jpsutil.linux;

import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.DiskSource;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Not implemented yet: every method throws UnsupportedOperationException. */
final class LinuxDisks implements DiskSource {
  LinuxDisks(LinuxFiles files) {}

  @Override
  public List<DiskPartition> partitions(boolean all) {
    throw new UnsupportedOperationException("partitions: not implemented yet");
  }

  @Override
  public DiskUsage usage(String path) {
    throw new UnsupportedOperationException("usage: not implemented yet");
  }

  @Override
  public Map<String, DiskIoCounters> ioCounters() {
    throw new UnsupportedOperationException("ioCounters: not implemented yet");
  }

  @Override
  public Set<String> wholeDisks() {
    throw new UnsupportedOperationException("wholeDisks: not implemented yet");
  }
}
